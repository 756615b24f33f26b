package de.kontaktcharta.input.table;

/**
 * Which column of a table feeds which value, as {@code charta check} shows it.
 *
 * @param field the value, e.g. {@code first name}
 * @param column the header name as written, or a property name for vCards and calendars
 * @param index the 0-based column, or -1 when the source has no columns
 */
public record ColumnUse(String field, String column, int index) {

  /** {@code first name <- column 2 "Vorname"}, for logs; {@code check} words it in its language. */
  @Override
  public String toString() {
    return index < 0
        ? field + " <- " + column
        : field + " <- column " + (index + 1) + " \"" + column + "\"";
  }
}
