package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Sheet;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A table sheet of the report as it is streamed: a row of group headings when some columns stand
 * under one ("Ihre Entscheidung"), the header row, the data rows with their heights, and what makes
 * it a worksheet to work in: frozen header and name, a filter, dropdowns that explain themselves,
 * and a page setup for printing.
 */
final class TableSheet {

  /** Rows looked at to size the columns. */
  static final int SAMPLE_ROWS = 500;

  /** The most characters an input message may have in a spreadsheet program. */
  static final int PROMPT_MAX = 255;

  /** The most characters the title of an input message may have. */
  static final int PROMPT_TITLE_MAX = 32;

  private final SXSSFSheet target;
  private final Sheet sheet;
  private final int[] widths;
  private final int headerRow;

  TableSheet(SXSSFSheet target, Sheet sheet) {
    this.target = target;
    this.sheet = sheet;
    this.widths = fittingWidths(sheet);
    this.headerRow = sheet.grouped() ? 1 : 0;
  }

  SXSSFSheet target() {
    return target;
  }

  Sheet sheet() {
    return sheet;
  }

  /** The row of the first data row. */
  int firstDataRow() {
    return headerRow + 1;
  }

  /** About how much there is to write, to start with the largest. */
  long cells() {
    return (long) sheet.rows().size() * sheet.columns().size();
  }

  /** The group headings and the header row, and the columns' widths. */
  void header(Styles styles) {
    List<Column> columns = sheet.columns();
    if (headerRow > 0) {
      groups(styles);
    }
    Row header = target.createRow(headerRow);
    int lines = 1;
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
      cell.setCellValue(column.header());
      cell.setCellStyle(column.input() ? styles.inputHeader : styles.header);
      target.setColumnWidth(c, widths[c] * 256);
      lines = Math.max(lines, RowHeights.lines(column.header(), widths[c]));
    }
    float height = RowHeights.height(lines);
    if (height > 0) {
      header.setHeightInPoints(height);
    }
  }

  /** One heading over each run of neighbouring columns of the same group. */
  private void groups(Styles styles) {
    List<Column> columns = sheet.columns();
    Row row = target.createRow(0);
    int c = 0;
    while (c < columns.size()) {
      String group = columns.get(c).group();
      int end = c;
      while (end + 1 < columns.size() && columns.get(end + 1).group().equals(group)) {
        end++;
      }
      if (!group.isEmpty()) {
        for (int i = c; i <= end; i++) {
          row.createCell(i).setCellStyle(styles.group);
        }
        row.getCell(c).setCellValue(group);
        if (end > c) {
          target.addMergedRegion(new CellRangeAddress(0, 0, c, end));
        }
      }
      c = end + 1;
    }
  }

  /** How each column shows its cells. */
  CellWriter.Look[] looks() {
    List<Column> columns = sheet.columns();
    CellWriter.Look[] looks = new CellWriter.Look[columns.size()];
    for (int c = 0; c < looks.length; c++) {
      Column column = columns.get(c);
      looks[c] =
          column.input()
              ? column.wrap() ? CellWriter.Look.INPUT_WRAP : CellWriter.Look.INPUT
              : column.wrap() ? CellWriter.Look.WRAP : CellWriter.Look.PLAIN;
    }
    return looks;
  }

  /** The height a data row needs for its wrapped texts, 0 for one line. */
  float height(List<Cell> cells, CellWriter.Look[] looks) {
    int lines = 1;
    for (int c = 0; c < cells.size() && c < looks.length; c++) {
      CellWriter.Look look = looks[c];
      if (look == CellWriter.Look.WRAP || look == CellWriter.Look.INPUT_WRAP) {
        String text = cells.get(c).text();
        if (!text.isEmpty()) {
          lines = Math.max(lines, RowHeights.lines(text, widths[c]));
        }
      }
    }
    return RowHeights.height(lines);
  }

  /**
   * Freezes the header rows and the name columns, sets the filter and the dropdowns with their
   * input messages.
   *
   * @param lastRow the last row written
   */
  void finish(int lastRow) {
    List<Column> columns = sheet.columns();
    target.createFreezePane(sheet.frozenColumns(), firstDataRow());
    int last = Math.max(firstDataRow(), lastRow);
    target.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns.size() - 1));
    DataValidationHelper helper = target.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (!column.input()) {
        continue;
      }
      DataValidationConstraint constraint =
          column.choices().isEmpty()
              // free text: the rule holds for anything; it is there for its input message
              ? helper.createCustomConstraint("TRUE")
              : helper.createExplicitListConstraint(column.choices().toArray(new String[0]));
      DataValidation validation =
          helper.createValidation(constraint, new CellRangeAddressList(firstDataRow(), last, c, c));
      // Free text stays possible: the review reads unknown entries back as notes.
      validation.setShowErrorBox(false);
      validation.setSuppressDropDownArrow(true);
      if (!column.prompt().isEmpty()) {
        validation.createPromptBox(
            cut(column.header(), PROMPT_TITLE_MAX), cut(column.prompt(), PROMPT_MAX));
        validation.setShowPromptBox(true);
      }
      target.addValidationData(validation);
    }
  }

  /** The page setup; once the sheets are in their order. */
  void print(int lastRow, String pageNote) {
    PageLayout.apply(target, firstDataRow(), sheet.printedColumns(), lastRow, pageNote);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Column widths that fit the content: as wide as the longest header word or value among the first
   * rows, at most the column's own width (long texts wrap instead); a place to type has its width
   * whatever it holds.
   */
  static int[] fittingWidths(Sheet sheet) {
    List<Column> columns = sheet.columns();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      int longestWord = 0;
      for (String word : columns.get(c).header().split("\\s+")) {
        longestWord = Math.max(longestWord, word.length());
      }
      widths[c] = Math.max(8, longestWord + 2);
    }
    int sampled = 0;
    for (List<Cell> row : sheet.rows()) {
      if (++sampled > SAMPLE_ROWS) {
        break;
      }
      for (int c = 0; c < row.size() && c < widths.length; c++) {
        Cell cell = row.get(c);
        int length =
            cell.date() != null
                ? 10
                : cell.number() != null
                    ? cell.plain().length()
                    : cell.text().lines().mapToInt(String::length).max().orElse(0);
        widths[c] = Math.max(widths[c], length + 2);
      }
    }
    for (int c = 0; c < widths.length; c++) {
      Column column = columns.get(c);
      int most = Math.min(255, column.width());
      widths[c] = column.input() ? most : Math.min(widths[c], most);
    }
    return widths;
  }
}
