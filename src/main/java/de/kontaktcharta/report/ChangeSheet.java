package de.kontaktcharta.report;

import java.util.ArrayList;
import java.util.List;

/** The differences to the previous report. */
final class ChangeSheet {

  private final Labels labels;

  ChangeSheet(Labels labels) {
    this.labels = labels;
  }

  Sheet build(List<Change> changes) {
    List<List<Cell>> rows = new ArrayList<>(changes.size());
    for (Change c : changes) {
      rows.add(
          List.of(
              Cell.text(labels.get("change", c.kind())),
              Cell.text(c.id()),
              Cell.text(c.name()),
              Cell.text(code(c.before())),
              Cell.text(code(c.after())),
              Cell.text(c.kind().name())));
    }
    List<Column> columns =
        List.of(
            Column.wrapped("change", labels.get("col.change"), 30),
            Column.of("id", labels.get("col.id"), 13),
            Column.wrapped("name", labels.get("col.name"), 24),
            Column.wrapped("before", labels.get("col.before"), 24),
            Column.wrapped("after", labels.get("col.after"), 24),
            Column.of("change_code", labels.get("col.changeCode"), 16));
    return new Sheet(
        SheetKind.CHANGES, labels.get("sheet", SheetKind.CHANGES), columns, rows, true, null);
  }

  /** A status, recommendation or decision code in words, the code itself otherwise. */
  private String code(String value) {
    for (String prefix : new String[] {"status", "recommendation"}) {
      String label = labels.get(prefix + "." + value);
      if (!label.equals(prefix + "." + value)) {
        return label + " (" + value + ")";
      }
    }
    return value;
  }
}
