package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of a table, passed on unchanged, with what its header leaves unread said once: a column
 * name given twice (only the first such column feeds its value) and values in columns that have no
 * name at all.
 */
public final class HeaderChecks implements RowSource {

  private final RowSource rows;
  private final RowCounter counter;
  private final List<Integer> unnamed = new ArrayList<>();
  private final Set<Integer> unnamedWithValues = new TreeSet<>();
  private int rowsWithValues;
  private int firstRow;

  public HeaderChecks(RowSource rows, ColumnMap map, RowCounter counter) {
    this.rows = rows;
    this.counter = counter;
    Header header = rows.header();
    List<String> names = header.normalised();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isEmpty()) {
        unnamed.add(i);
      }
    }
    duplicates(header, names, map);
  }

  /** Notes each name that several columns share when one of them is read and another is not. */
  private void duplicates(Header header, List<String> names, ColumnMap map) {
    Set<Integer> used = new HashSet<>();
    map.uses().forEach(u -> used.add(u.index()));
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).isEmpty()) {
        byName.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i);
      }
    }
    byName.forEach(
        (name, columns) -> {
          long read = columns.stream().filter(used::contains).count();
          if (columns.size() > 1 && read > 0 && read < columns.size()) {
            counter.note(
                Problem.note(
                    new SourceRef(counter.file(), header.line()),
                    Severity.WARNING,
                    Message.of(
                        "problem.duplicate-column",
                        columns.size(),
                        header.names().get(columns.get(0)).trim(),
                        numbers(columns),
                        String.valueOf(
                            columns.stream().filter(used::contains).findFirst().orElseThrow()
                                + 1))));
          }
        });
  }

  @Override
  public Header header() {
    return rows.header();
  }

  @Override
  public Row next() throws IOException {
    Row row = rows.next();
    if (row != null && !unnamed.isEmpty()) {
      boolean any = false;
      for (int i : unnamed) {
        if (!row.get(i).isBlank()) {
          unnamedWithValues.add(i);
          any = true;
        }
      }
      if (any) {
        rowsWithValues++;
        firstRow = firstRow == 0 ? row.line() : firstRow;
      }
    }
    return row;
  }

  /** Says what went unread; the rows themselves are closed by whoever opened them. */
  @Override
  public void close() {
    if (rowsWithValues > 0) {
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), firstRow),
              Severity.WARNING,
              Message.of(
                  "problem.unnamed-column",
                  rowsWithValues,
                  numbers(List.copyOf(unnamedWithValues)))));
      rowsWithValues = 0;
    }
  }

  private static Message numbers(List<Integer> columns) {
    List<String> out = new ArrayList<>();
    columns.forEach(c -> out.add(Integer.toString(c + 1)));
    return Message.of(
        columns.size() == 1 ? "cause.column" : "cause.columns", String.join(", ", out));
  }
}
