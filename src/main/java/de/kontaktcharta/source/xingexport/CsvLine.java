package de.kontaktcharta.source.xingexport;

import java.util.List;

/**
 * One CSV record and the line it starts on.
 *
 * @param line 1-based physical line of the record's first character
 * @param lastLine the line of its last character (later than {@code line} when a quoted field spans
 *     lines)
 * @param values the fields, unchanged
 */
record CsvLine(int line, int lastLine, List<String> values) {

  CsvLine {
    values = List.copyOf(values);
  }

  /** The field at {@code index}, or "" when the record is shorter. */
  String get(int index) {
    return index >= 0 && index < values.size() ? values.get(index) : "";
  }

  boolean blank() {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
