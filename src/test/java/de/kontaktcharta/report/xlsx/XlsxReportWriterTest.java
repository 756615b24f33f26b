package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import de.kontaktcharta.report.SheetKind;
import de.kontaktcharta.testing.LibreOffice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportWriterTest {

  @TempDir Path tmp;

  private static Report report() {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.text("C-1"),
            Cell.link(
                "https://www.linkedin.com/in/jürgen-weiß",
                "https://www.linkedin.com/in/jürgen-weiß"),
            Cell.date(LocalDate.of(2024, 12, 16)),
            Cell.toned("Kein Grund", Cell.Tone.BAD),
            Cell.text("a\u0000b\u0007c\uFFFEd")));
    rows.add(
        List.of(
            Cell.text("C-2"),
            Cell.link("www.xing.com/profile/Max_Muster", "www.xing.com/profile/Max_Muster"),
            Cell.EMPTY,
            Cell.toned("Begründet", Cell.Tone.GOOD),
            Cell.text("x".repeat(40_000))));
    List<Column> columns =
        List.of(
            Column.of("id", "Kontakt-ID", 14),
            Column.of("profile", "Profil", 40),
            Column.of("date", "Verbunden seit", 14),
            Column.of("status", "Status", 18),
            Column.choice("decision", "Entscheidung", 14, List.of("KEEP", "REMOVE")));
    Sheet table = new Sheet(SheetKind.CONTACTS, "Kontakte", columns, rows, true, null);
    List<List<Cell>> summary =
        List.of(
            List.of(Cell.text("Titel")),
            List.of(Cell.text("Begründet"), Cell.number(3)),
            List.of(Cell.text("Kein Grund"), Cell.number(5)));
    Sheet free =
        new Sheet(
            SheetKind.SUMMARY,
            "Übersicht",
            List.of(Column.of("item", "Eintrag", 30), Column.of("value", "Wert", 10)),
            summary,
            false,
            new Sheet.Chart("Kontakte nach Status", 1, 2, 0, 1));
    return new Report("de", "dd.mm.yyyy", "[gekürzt, {0} Zeichen]", List.of(free, table));
  }

  private Path write() throws IOException {
    Path file = tmp.resolve("r.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      new XlsxReportWriter().write(report(), out);
    }
    return file;
  }

  @Test
  void writesAReadableWorkbookWithTheReviewAids() throws Exception {
    Path file = write();
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      assertEquals("Übersicht", wb.getSheetName(0));
      assertEquals("Kontakte", wb.getSheetName(1));
      XSSFSheet sheet = wb.getSheet("Kontakte");
      assertNotNull(sheet.getPaneInformation(), "header row frozen");
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "autofilter");
      assertEquals(1, sheet.getDataValidations().size(), "dropdown on the Decision column");
      var link = sheet.getRow(1).getCell(1).getHyperlink();
      assertEquals("https://www.linkedin.com/in/j%C3%BCrgen-wei%C3%9F", link.getAddress());
      assertEquals(
          "https://www.xing.com/profile/Max_Muster",
          sheet.getRow(2).getCell(1).getHyperlink().getAddress());
      var date = sheet.getRow(1).getCell(2);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date));
      assertEquals(
          "abcd",
          sheet.getRow(1).getCell(4).getStringCellValue(),
          "characters illegal in XML are removed");
      String cut = sheet.getRow(2).getCell(4).getStringCellValue();
      assertEquals(32_767, cut.length());
      assertTrue(cut.endsWith("[gekürzt, 40000 Zeichen]"), cut.substring(cut.length() - 40));
      assertEquals(
          1, wb.getSheet("Übersicht").getDrawingPatriarch().getCharts().size(), "status chart");
      assertTrue(
          wb.getNumCellStyles() < 20,
          "styles are made once, not per cell: " + wb.getNumCellStyles());
    }
  }

  @Test
  void libreOfficeOpensItWithoutComplaint() throws Exception {
    Assumptions.assumeTrue(LibreOffice.available(), "soffice is not installed");
    Path file = write();
    List<Path> csv = LibreOffice.convertAllSheets(file, tmp.resolve("lo"));
    assertEquals(2, csv.size(), csv.toString());
    String contacts = Files.readString(tmp.resolve("lo/r-Kontakte.csv"), StandardCharsets.UTF_8);
    assertTrue(
        contacts.startsWith("Kontakt-ID,Profil,Verbunden seit,Status,Entscheidung"),
        contacts.substring(0, 80));
    assertTrue(
        contacts.contains("16.12.2024"), contacts.substring(0, Math.min(400, contacts.length())));
  }
}
