package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Problem;
import java.util.function.Consumer;

/**
 * Passes a file's items on and its problems to the row counter, and counts its rows as the reader
 * did: every data row used or skipped. The empty rows of a file are one problem that stands for all
 * of them.
 *
 * @param <T> the item type
 */
final class XingRows<T> implements XingSink<T> {

  private static final String EMPTY_ROWS = "xing-empty-rows";

  private final RowCounter counter;
  private final Consumer<T> items;
  private long skipped;
  private Problem empty;

  XingRows(RowCounter counter, Consumer<T> items) {
    this.counter = counter;
    this.items = items;
  }

  @Override
  public void accept(T item) {
    items.accept(item);
  }

  @Override
  public void problem(Problem p) {
    if (p.rowSkipped() && p.code().equals(EMPTY_ROWS)) {
      empty = p;
    } else if (p.rowSkipped()) {
      skipped++;
      counter.skipped(p);
    } else {
      counter.note(p);
    }
  }

  /** The rows the reader used, and the empty ones, now that their number is known. */
  void finish(XingReadSummary summary) {
    if (empty != null) {
      counter.skipped(
          Problem.skippedRows(
              empty.source(),
              empty.severity(),
              empty.message(),
              Math.max(1, summary.skipped() - skipped)));
    }
    for (int i = 0; i < summary.used(); i++) {
      counter.used();
    }
  }
}
