package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rows of one sheet held that is not passed on as written: each row with its own note for
 * the first {@value #ROWS_NAMED} rows of a kind, then one note for the rest, so that a sheet full
 * of {@code #DIV/0!} gives a few notes and not thousands.
 */
final class SheetNotes {

  /** The kinds of cells and rows that are read otherwise than written. */
  enum Kind {
    FORMULA_ERROR(
        "formula-error",
        "cells hold a formula error (#DIV/0!, #REF!, #N/A …) and are read as empty"),
    DAMAGED_CELL(
        "damaged-cell",
        "cells refer to text the workbook does not have (a damaged file) and are read as empty"),
    ROW_NUMBER(
        "damaged-row-number",
        "rows carry a row number out of order or out of range (a damaged file); each is counted"
            + " as the row after the one before"),
    BEYOND_LAST_COLUMN(
        "beyond-last-column", "cells lie beyond Excel's last column XFD and are not read"),
    CONTROL(
        "control-characters",
        "control characters (such as NUL or ESC) were removed from cell values; the file may be"
            + " damaged");

    private final String code;
    private final String text;

    Kind(String code, String text) {
      this.code = code;
      this.text = text;
    }
  }

  /** Rows of one kind that get a note each. */
  static final int ROWS_NAMED = 20;

  /** Per kind: cells per row for the first rows, in order, and what came after them. */
  private final Map<Kind, Map<Integer, Long>> named = new EnumMap<>(Kind.class);

  private final Map<Kind, long[]> rest = new EnumMap<>(Kind.class);

  /** One more cell or row of the kind, in the given sheet row. */
  void add(Kind kind, int row) {
    Map<Integer, Long> rows = named.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    if (rows.containsKey(row) || rows.size() < ROWS_NAMED) {
      rows.merge(row, 1L, Long::sum);
    } else {
      long[] r = rest.computeIfAbsent(kind, k -> new long[] {0, row});
      r[0]++;
    }
  }

  /**
   * The cell's text without control characters other than tab and line breaks (Excel keeps them
   * escaped as {@code _x0001_}), counting each one removed, as the CSV reader does.
   */
  String withoutControls(String value, int row) {
    int i = 0;
    while (i < value.length() && !isControl(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (isControl(c)) {
        add(Kind.CONTROL, row);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** The notes for the sheet: one per row for the first rows of each kind, one for the rest. */
  List<Problem> problems(String file) {
    List<Problem> out = new ArrayList<>();
    named.forEach(
        (kind, rows) -> {
          rows.forEach((row, cells) -> out.add(note(file, row, kind, cells + " " + kind.text)));
          long[] r = rest.get(kind);
          if (r != null) {
            out.add(
                note(file, (int) r[1], kind, r[0] + " more in this and later rows: " + kind.text));
          }
        });
    return out;
  }

  private static Problem note(String file, int row, Kind kind, String message) {
    return Problem.note(
        new SourceRef(file, Math.max(1, row)), Severity.WARNING, kind.code, message);
  }
}
