package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;

/** Dates of rows that are used even when their date is not understood. */
final class XingDates {

  private XingDates() {}

  /**
   * The time in a cell, or null when the cell is blank or not understood; the latter is noted (the
   * row is still used).
   *
   * @param key the key of the note's text, written out in full by the caller: which date it is
   */
  static XingTime parse(String cell, SourceRef at, String key, XingSink<?> problems) {
    if (cell.isBlank()) {
      return null;
    }
    return XingTime.parse(cell)
        .orElseGet(
            () -> {
              problems.problem(Problem.note(at, Severity.WARNING, Message.of(key, shorten(cell))));
              return null;
            });
  }

  private static String shorten(String cell) {
    String s = cell.strip();
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
