package de.kontaktcharta.report;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The rows of a large sheet, each made from its item only when it is read. A writer that streams
 * the rows then never holds the whole sheet: with 30,000 contacts the Contacts, No-reason and
 * Evidence rows took about 120 MB of a 512 MB heap when they were built in advance. Reading a row
 * twice makes it twice, equal both times.
 */
final class LazyRows<T> extends AbstractList<List<Cell>> implements RandomAccess {

  private final List<T> items;
  private final Function<T, List<Cell>> row;

  LazyRows(List<T> items, Function<T, List<Cell>> row) {
    this.items = List.copyOf(items);
    this.row = row;
  }

  @Override
  public List<Cell> get(int index) {
    return row.apply(items.get(index));
  }

  @Override
  public int size() {
    return items.size();
  }
}
