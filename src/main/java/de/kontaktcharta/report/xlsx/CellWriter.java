package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
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

  /** Writes the cell's value with the style its kind and tone ask for. */
  void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, boolean wrap) {
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
      unstyled(target);
      return;
    }
    String text = CellText.sanitise(cell.text(), truncationNote);
    if (text.isEmpty()) {
      unstyled(target);
      return;
    }
    target.setCellValue(text);
    if (cell.link() != null && links.add(target, cell.link())) {
      target.setCellStyle(styles.link);
    } else if (cell.tone() != Cell.Tone.NONE) {
      target.setCellStyle(styles.tones.get(cell.tone()));
    } else if (wrap) {
      target.setCellStyle(styles.wrap);
    } else {
      target.setCellStyle(styles.plain);
    }
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
