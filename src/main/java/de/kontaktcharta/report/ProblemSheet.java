package de.kontaktcharta.report;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Every skipped or doubtful row, ambiguity and unreadable input, sortable by file and line. */
final class ProblemSheet {

  private final Labels labels;

  ProblemSheet(Labels labels) {
    this.labels = labels;
  }

  Sheet build(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    List<List<Cell>> rows = new ArrayList<>(sorted.size());
    for (Problem p : sorted) {
      rows.add(
          List.of(
              Cell.text(Texts.source(labels, p.source())),
              Cell.text(p.source().file()),
              p.source().line() == 0 ? Cell.EMPTY : Cell.number(p.source().line()),
              Cell.toned(labels.get("severity", p.severity()), tone(p.severity())),
              Cell.text(p.code()),
              Cell.text(labels.text(p.message())),
              p.rows() == 0 ? Cell.EMPTY : Cell.number(p.rows())));
    }
    List<Column> columns =
        List.of(
            Column.of("source", labels.get("col.source"), 44),
            Column.of("file", labels.get("col.file"), 36),
            Column.of("line", labels.get("col.line"), 8),
            Column.of("severity", labels.get("col.severity"), 10),
            Column.of("code", labels.get("col.code"), 20),
            Column.wrapped("message", labels.get("col.detail"), 70),
            Column.of("rows_skipped", labels.get("col.skipped"), 14));
    return new Sheet(
        SheetKind.PROBLEMS, labels.get("sheet", SheetKind.PROBLEMS), columns, rows, true, null);
  }

  static Cell.Tone tone(Severity severity) {
    return switch (severity) {
      case ERROR -> Cell.Tone.BAD;
      case WARNING -> Cell.Tone.WARN;
      case INFO -> Cell.Tone.NONE;
    };
  }
}
