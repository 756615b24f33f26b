package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import de.kontaktcharta.report.SheetKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table sheets streamed side by side come out cell for cell as the report has them. */
class ParallelSheetsTest {

  @TempDir Path tmp;

  private static List<List<Cell>> rows(String sheet, int count) {
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      String url = "https://www.linkedin.com/in/" + sheet + "-" + r;
      rows.add(
          List.of(
              Cell.text(sheet + " " + r),
              r % 4 == 0 ? Cell.link(url, url) : Cell.text("plain " + r),
              Cell.date(r % 5 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r)),
              Cell.number(r),
              Cell.toned(r % 2 == 0 ? "gut" : "schlecht", Cell.Tone.values()[r % 4])));
    }
    return rows;
  }

  @Test
  void everyCellOfEverySheet() throws Exception {
    List<Column> columns =
        List.of(
            Column.of("id", "ID", 14),
            Column.of("profile", "Profil", 30),
            Column.of("date", "Datum", 14),
            Column.of("n", "Zahl", 8),
            Column.choice("status", "Status", 12, List.of("gut", "schlecht")));
    List<String> names = List.of("Eins", "Zwei", "Drei", "Vier");
    List<Integer> sizes = List.of(1500, 600, 1200, 10);
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      sheets.add(
          new Sheet(
              SheetKind.CONTACTS,
              names.get(i),
              columns,
              rows(names.get(i), sizes.get(i)),
              true,
              null));
    }
    Report report = new Report("de", "dd.mm.yyyy", "[gekürzt, {0} Zeichen]", sheets);
    Path file = tmp.resolve("r.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      new XlsxReportWriter().write(report, out);
    }
    DataFormatter text = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      assertEquals(names.size(), wb.getNumberOfSheets());
      for (int i = 0; i < names.size(); i++) {
        assertEquals(names.get(i), wb.getSheetName(i), "report order");
        XSSFSheet sheet = wb.getSheet(names.get(i));
        List<List<Cell>> expected = sheets.get(i).rows();
        assertEquals(expected.size(), sheet.getLastRowNum());
        assertEquals(
            expected.size() / 4 + (expected.size() % 4 == 0 ? 0 : 1),
            sheet.getHyperlinkList().size());
        for (int r = 0; r < expected.size(); r++) {
          List<Cell> want = expected.get(r);
          for (int c = 0; c < want.size(); c++) {
            XSSFCell got = sheet.getRow(r + 1).getCell(c);
            Cell cell = want.get(c);
            if (cell.date() != null) {
              assertEquals(cell.date(), got.getLocalDateTimeCellValue().toLocalDate());
            } else if (cell.number() != null) {
              assertEquals(cell.number().doubleValue(), got.getNumericCellValue());
            } else {
              assertEquals(cell.text(), got == null ? "" : text.formatCellValue(got));
            }
            if (cell.link() != null) {
              assertEquals(cell.link(), got.getHyperlink().getAddress());
            } else if (got != null) {
              assertNull(got.getHyperlink(), names.get(i) + " " + r + "/" + c);
            }
          }
        }
      }
    }
  }
}
