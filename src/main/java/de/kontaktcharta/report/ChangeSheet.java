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
              Cell.text(c.kind().name()),
              Cell.text(c.id()),
              Cell.text(c.name()),
              Cell.text(code(c.before())),
              Cell.text(code(c.after()))));
    }
    List<Column> columns =
        List.of(
            Column.of("change", labels.get("col.change"), 34),
            Column.of("change_code", labels.get("col.changeCode"), 16),
            Column.of("id", labels.get("col.id"), 14),
            Column.of("name", labels.get("col.name"), 26),
            Column.of("before", labels.get("col.before"), 22),
            Column.of("after", labels.get("col.after"), 22));
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
