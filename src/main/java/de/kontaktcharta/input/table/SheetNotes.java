package de.kontaktcharta.input.table;

import de.kontaktcharta.input.text.GuardedReader;
import de.kontaktcharta.model.Message;
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
    FORMULA_ERROR("problem.formula-error", "problem.formula-error.more"),
    DAMAGED_CELL("problem.damaged-cell", "problem.damaged-cell.more"),
    ROW_NUMBER("problem.damaged-row-number", "problem.damaged-row-number.more"),
    BEYOND_LAST_COLUMN("problem.beyond-last-column", "problem.beyond-last-column.more"),
    CONTROL("problem.control-characters.cells", "problem.control-characters.cells-more");

    /** The note on one row, with its number of cells or rows. */
    private final String key;

    /** The note on the rows after the first that are named one by one. */
    private final String moreKey;

    Kind(String key, String moreKey) {
      this.key = key;
      this.moreKey = moreKey;
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
    while (i < value.length() && !GuardedReader.isControl(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (GuardedReader.isControl(c)) {
        add(Kind.CONTROL, row);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The notes for the sheet: one per row for the first rows of each kind, one for the rest. */
  List<Problem> problems(String file) {
    List<Problem> out = new ArrayList<>();
    named.forEach(
        (kind, rows) -> {
          rows.forEach((row, cells) -> out.add(note(file, row, Message.of(kind.key, cells))));
          long[] r = rest.get(kind);
          if (r != null) {
            out.add(note(file, (int) r[1], Message.of(kind.moreKey, r[0])));
          }
        });
    return out;
  }

  private static Problem note(String file, int row, Message message) {
    return Problem.note(new SourceRef(file, Math.max(1, row)), Severity.WARNING, message);
  }
}
