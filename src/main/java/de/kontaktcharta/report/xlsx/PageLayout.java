package de.kontaktcharta.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape A4, as wide as the page (as many pages down as it takes), the
 * header rows on every page, the sheet's name at the top and the page number at the bottom. Without
 * it a report printed as 43 portrait pages with its columns spread over them.
 */
final class PageLayout {

  private PageLayout() {}

  /**
   * Sets up the printing of a sheet. Call it once the sheets are in their final order: the print
   * area and the repeated rows are names of the workbook that refer to a sheet by its place.
   *
   * @param headerRows the rows at the top repeated on every page, 0 for none
   * @param columns the columns, from the left, a page shows; 0 for all
   * @param lastRow the last row a page may show, for the print area
   * @param pageNote the footer, with {@code {0}} for the page and {@code {1}} for the pages
   */
  static void apply(Sheet sheet, int headerRows, int columns, int lastRow, String pageNote) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    // 0: as many pages down as the rows need
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(PageMargin.LEFT, 0.4);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.setMargin(PageMargin.HEADER, 0.25);
    sheet.setMargin(PageMargin.FOOTER, 0.25);
    if (columns > 0) {
      Workbook workbook = sheet.getWorkbook();
      workbook.setPrintArea(
          workbook.getSheetIndex(sheet), 0, columns - 1, 0, Math.max(headerRows, lastRow));
    }
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    // the codes of spreadsheet headers and footers: &A the sheet's name, &P the page, &N the pages
    sheet.getHeader().setCenter("&A");
    sheet
        .getFooter()
        .setCenter(pageNote.replace("&", "&&").replace("{0}", "&P").replace("{1}", "&N"));
  }
}
