package de.kontaktcharta.report;

import java.util.ArrayList;
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
 * @param frozenColumns how many columns on the left stay in view when scrolling to the right (ID
 *     and name)
 * @param printedColumns how many columns, from the left, a printed page shows: the ones the user
 *     works with, so that a page stays readable at the width of the paper; 0 for all
 */
public record Sheet(
    SheetKind kind,
    String name,
    List<Column> columns,
    List<List<Cell>> rows,
    boolean table,
    Chart chart,
    int frozenColumns,
    int printedColumns) {

  public Sheet {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    // Large sheets make their rows as they are read; those lists are immutable already.
    rows = rows instanceof LazyRows<?> ? rows : List.copyOf(rows);
  }

  /** A sheet whose columns all scroll. */
  public Sheet(
      SheetKind kind,
      String name,
      List<Column> columns,
      List<List<Cell>> rows,
      boolean table,
      Chart chart) {
    this(kind, name, columns, rows, table, chart, 0, 0);
  }

  /** True when some columns stand under a group heading, which takes a row above the header. */
  public boolean grouped() {
    return columns.stream().anyMatch(c -> !c.group().isEmpty());
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

  /** The tone of each row a chart shows, in order: a bar takes its status's colour. */
  public List<Cell.Tone> chartTones() {
    if (chart == null) {
      return List.of();
    }
    List<Cell.Tone> tones = new ArrayList<>();
    for (int r = chart.firstRow(); r <= chart.lastRow(); r++) {
      tones.add(rows.get(r).get(chart.labelColumn()).tone());
    }
    return tones;
  }
}
