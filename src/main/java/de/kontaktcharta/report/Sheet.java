package de.kontaktcharta.report;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of the report.
 *
 * @param kind which sheet
 * @param name the translated sheet name
 * @param columns the columns; for a table sheet they form the header row
 * @param rows the data rows
 * @param table true for a table with a frozen header row and a filter; false for the free layout of
 *     the Summary
 * @param chart a chart of some rows, or null
 */
public record Sheet(
    SheetKind kind,
    String name,
    List<Column> columns,
    List<List<Cell>> rows,
    boolean table,
    Chart chart) {

  public Sheet {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    // Large sheets make their rows as they are read; those lists are immutable already.
    rows = rows instanceof LazyRows<?> ? rows : List.copyOf(rows);
  }

  /**
   * A bar chart over a block of label/value rows.
   *
   * @param title the chart's title
   * @param firstRow the first data row (0-based, within {@link #rows()})
   * @param lastRow the last data row, inclusive
   * @param labelColumn the column of the labels
   * @param valueColumn the column of the values
   */
  public record Chart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn) {}
}
