package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.streaming.SXSSFCell;

/**
 * Writes report cells into workbook cells: dates as date cells, numbers as numbers, links as links,
 * long texts cut, and the style each needs. One per sheet writer, with that writer's links.
 *
 * @param styles the workbook's styles
 * @param links the writer's hyperlinks
 * @param truncationNote what a cut-off cell ends with
 */
record CellWriter(Styles styles, Links links, String truncationNote) {

  /** The serial number of 9999-12-31, the last day a spreadsheet date cell can hold. */
  static final double LAST_DAY = 2_958_465;

  /** How a column shows its cells. */
  enum Look {
    PLAIN,
    WRAP,
    /** A place to type: framed and filled even when empty. */
    INPUT,
    INPUT_WRAP
  }

  /** Writes the cell's value with the style its kind and tone ask for. */
  void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, boolean wrap) {
    write(target, cell, wrap ? Look.WRAP : Look.PLAIN);
  }

  /** Writes the cell's value with the style its kind, tone and column ask for. */
  void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, Look look) {
    boolean input = look == Look.INPUT || look == Look.INPUT_WRAP;
    if (cell.date() != null) {
      // The serial number POI's setCellValue(LocalDate) makes, without asking the workbook's XML
      // for its date system from a sheet writer's thread.
      double serial = DateUtil.getExcelDate(cell.date().atStartOfDay(), styles.date1904);
      if (serial < (styles.date1904 ? 0 : 1) || serial > LAST_DAY) {
        // Spreadsheets count days from 1900-01-01 (or 1904) to 9999; POI gives -1 before, and 0
        // for 1899-12-31, which Excel shows as "0 January 1900". The date stays readable as text.
        target.setCellValue(styles.dateText.format(cell.date()));
        target.setCellStyle(styles.plain);
        return;
      }
      target.setCellValue(serial);
      target.setCellStyle(styles.date);
      return;
    }
    if (cell.number() != null) {
      target.setCellValue(cell.number());
      // at the top, beside the first line of a wrapped text in the same row
      target.setCellStyle(styles.number);
      return;
    }
    String text = CellText.sanitise(cell.text(), truncationNote);
    if (text.isEmpty()) {
      if (input) {
        target.setCellStyle(look == Look.INPUT ? styles.input : styles.inputWrap);
      } else {
        unstyled(target);
      }
      return;
    }
    target.setCellValue(text);
    target.setCellStyle(style(target, cell, look));
  }

  private CellStyle style(org.apache.poi.ss.usermodel.Cell target, Cell cell, Look look) {
    if (cell.tone() == Cell.Tone.SHEET_LINK) {
      sheetLink(target, cell.link());
      return styles.link;
    }
    if (cell.link() != null && links.add(target, cell.link())) {
      return styles.link;
    }
    return switch (look) {
      case INPUT -> styles.input;
      case INPUT_WRAP -> styles.inputWrap;
      default ->
          cell.tone() != Cell.Tone.NONE
              ? styles.tones.get(cell.tone())
              : look == Look.WRAP ? styles.wrap : styles.plain;
    };
  }

  /** A link to the first cell of a sheet; only the free-layout sheets have them. */
  private void sheetLink(org.apache.poi.ss.usermodel.Cell target, String sheet) {
    Hyperlink link =
        target.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + sheet.replace("'", "''") + "'!A1");
    target.setHyperlink(link);
  }

  /**
   * Gives a streamed cell without a style of its own the default style, which it has anyway: an
   * unset style makes POI look up the column's default style for every such cell when the row is
   * written, a search through the column definitions that took 4% of a large run.
   */
  private void unstyled(org.apache.poi.ss.usermodel.Cell target) {
    if (target instanceof SXSSFCell) {
      target.setCellStyle(styles.none);
    }
  }
}
