package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Sheet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet without a table layout, the Summary: rows of label and values, headings, and lines of
 * text. A row of one cell is a line across the sheet: its cell spans every column and wraps, so
 * that a step of the instructions reads as a paragraph in every program and on paper.
 */
final class FreeSheet {

  /** The height of the title's row, for its 16-point font. */
  static final float TITLE_HEIGHT = 26f;

  /** The height of a heading's row, for its 12-point font and some room above. */
  static final float HEADING_HEIGHT = 20f;

  /** The column the Summary's chart starts in, beside the counts. */
  static final int CHART_COLUMN = 3;

  private FreeSheet() {}

  static void write(XSSFSheet sh, Sheet sheet, CellWriter writer) {
    List<Column> columns = sheet.columns();
    int[] widths = new int[columns.size()];
    int total = 0;
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = Math.min(255, columns.get(c).width());
      sh.setColumnWidth(c, widths[c] * 256);
      total += widths[c];
    }
    int r = 0;
    for (List<Cell> cells : sheet.rows()) {
      Row row = sh.createRow(r);
      if (cells.size() == 1 && columns.size() > 1) {
        line(sh, row, cells.get(0), writer, columns.size() - 1, total);
      } else {
        for (int c = 0; c < cells.size(); c++) {
          writer.write(row.createCell(c), cells.get(c), false);
        }
      }
      r++;
    }
    Sheet.Chart chart = sheet.chart();
    if (chart != null && chart.lastRow() >= chart.firstRow()) {
      SummaryChart.add(sh, chart, CHART_COLUMN, sheet.chartTones());
    }
  }

  /** A lone cell: spanning the sheet, wrapped, and as tall as its lines. */
  private static void line(
      XSSFSheet sh, Row row, Cell cell, CellWriter writer, int lastColumn, int width) {
    boolean text = cell.tone() == Cell.Tone.NONE && !cell.text().isEmpty();
    writer.write(row.createCell(0), cell, text);
    sh.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastColumn));
    if (cell.tone() == Cell.Tone.TITLE) {
      row.setHeightInPoints(TITLE_HEIGHT);
    } else if (cell.tone() == Cell.Tone.HEADING) {
      row.setHeightInPoints(HEADING_HEIGHT);
    } else if (text) {
      float height = RowHeights.height(RowHeights.lines(cell.text(), width));
      if (height > 0) {
        row.setHeightInPoints(height);
      }
    }
  }
}
