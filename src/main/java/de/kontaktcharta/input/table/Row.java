package de.kontaktcharta.input.table;

import java.util.List;

/**
 * One data row of a table: its 1-based line (or sheet row) and its cells.
 *
 * @param line where the row starts in the file
 * @param cells the cell texts, as many as the row has
 */
public record Row(int line, List<String> cells) {

  /** The cell at the index, or the empty string when the row is shorter or the index is -1. */
  public String get(int index) {
    if (index < 0 || index >= cells.size()) {
      return "";
    }
    String value = cells.get(index);
    return value == null ? "" : value;
  }

  public int size() {
    return cells.size();
  }

  /** True when every cell is empty or white space. */
  public boolean isBlank() {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
