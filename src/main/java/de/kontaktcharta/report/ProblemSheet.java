package de.kontaktcharta.report;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
              Cell.text(file(p)),
              p.source().line() == 0 ? Cell.EMPTY : Cell.number(p.source().line()),
              Cell.toned(labels.get("severity", p.severity()), tone(p.severity())),
              // a message names files and quotes cells; it is one line, like its line on stderr
              Cell.text(Printable.line(text(p))),
              p.rows() == 0 ? Cell.EMPTY : Cell.number(p.rows()),
              Cell.text(p.code())));
    }
    // File and line in two columns, sortable and filterable each; no third that repeats them.
    List<Column> columns =
        List.of(
            Column.wrapped("file", labels.get("col.file"), 40),
            Column.of("line", labels.get("col.line"), 8),
            Column.of("severity", labels.get("col.severity"), 10),
            Column.wrapped("message", labels.get("col.detail"), 70),
            Column.of("rows_skipped", labels.get("col.skipped"), 16),
            Column.of("code", labels.get("col.code"), 22));
    return new Sheet(
        SheetKind.PROBLEMS, labels.get("sheet", SheetKind.PROBLEMS), columns, rows, true, null);
  }

  /** The file as the inputs name it, so that the sheet can be filtered by file. */
  private String file(Problem p) {
    return p.source().file();
  }

  /** The text; for a message of a mailbox led by the message's number and where it starts. */
  private String text(Problem p) {
    String text = labels.text(p.message());
    if (!p.source().isMessage()) {
      return text;
    }
    Locale locale = Locale.forLanguageTag(labels.language());
    return labels.format(
        "source.message.text",
        String.format(locale, "%,d", p.source().message()),
        String.format(locale, "%,d", p.source().offset()),
        text);
  }

  static Cell.Tone tone(Severity severity) {
    return switch (severity) {
      case ERROR -> Cell.Tone.BAD;
      case WARNING -> Cell.Tone.WARN;
      case INFO -> Cell.Tone.NONE;
    };
  }
}
