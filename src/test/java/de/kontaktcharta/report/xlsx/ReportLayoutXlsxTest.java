package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import de.kontaktcharta.report.SheetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes the report render the same in LibreOffice and Excel, read back from the file: the
 * chart's own colours and the theme, row heights where text wraps, the print setup, the review
 * columns under their heading.
 */
class ReportLayoutXlsxTest {

  @TempDir Path tmp;

  private static final String LONG =
      "Kein Beleg für einen Grund der Charta. Abgelaufen: Austausch (schwach): 1 und 1 Nachrichten"
          + " im Jahr 2024, keine im Zeitfenster";

  private Path write() throws IOException {
    List<List<Cell>> summary =
        List.of(
            List.of(Cell.toned("Kontaktcharta – Bericht", Cell.Tone.TITLE)),
            List.of(Cell.toned("Begründet", Cell.Tone.GOOD), Cell.number(3)),
            List.of(Cell.toned("Schwach begründet", Cell.Tone.WARN), Cell.number(2)),
            List.of(Cell.toned("Kein Grund", Cell.Tone.BAD), Cell.number(5)));
    Sheet free =
        new Sheet(
            SheetKind.SUMMARY,
            "Übersicht",
            List.of(Column.of("item", "Eintrag", 30), Column.of("value", "Wert", 10)),
            summary,
            false,
            new Sheet.Chart("Kontakte nach Status", 1, 3, 0, 1));
    List<Column> columns =
        List.of(
            Column.of("id", "Kontakt-ID", 13),
            Column.wrapped("name", "Name", 24),
            Column.choice("decision", "Entscheidung", 16, List.of("Behalten", "Entfernen"))
                .inGroup("Ihre Entscheidung")
                .withPrompt("Code oder Wort"),
            Column.input("note", "Notiz", 30).inGroup("Ihre Entscheidung"),
            Column.wrapped("why", "Begründung", 30));
    List<List<Cell>> rows =
        List.of(
            List.of(Cell.text("C-1"), Cell.text("Anna"), Cell.EMPTY, Cell.EMPTY, Cell.text("kurz")),
            List.of(Cell.text("C-2"), Cell.text("Bernd"), Cell.EMPTY, Cell.EMPTY, Cell.text(LONG)));
    Sheet table = new Sheet(SheetKind.NO_REASON, "Ohne Grund", columns, rows, true, null, 2, 4);
    Report report =
        new Report("de", "dd.mm.yyyy", "[gekürzt]", "", "Seite {0} von {1}", List.of(free, table));
    Path file = tmp.resolve("r.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      new XlsxReportWriter().write(report, out);
    }
    return file;
  }

  @Test
  void theChartsBarsHaveTheirStatusColoursAndTheWorkbookATheme() throws IOException {
    Path file = write();
    String chart = entry(file, "xl/charts/chart1.xml");
    assertTrue(chart.contains("<c:dPt>"), chart);
    for (String colour : new String[] {"3A9A4F", "E6A700", "D64545"}) {
      assertTrue(chart.contains("<a:srgbClr val=\"" + colour + "\"/>"), colour + " in " + chart);
    }
    String theme = entry(file, "xl/theme/theme-1.xml");
    assertTrue(theme.contains("<a:accent1><a:srgbClr val=\"3A9A4F\"/>"), theme);
  }

  @Test
  void aRowWithWrappedTextIsAsTallAsItsLines() throws IOException {
    try (XSSFWorkbook book = open(write())) {
      XSSFSheet sheet = book.getSheet("Ohne Grund");
      // row 0: the group heading, row 1: the header
      assertEquals("Ihre Entscheidung", sheet.getRow(0).getCell(2).getStringCellValue());
      assertEquals(1, sheet.getMergedRegions().size(), "the heading spans the review columns");
      assertTrue(!sheet.getRow(2).getCTRow().isSetHt(), "a row of one line keeps its height");
      float tall = sheet.getRow(3).getHeightInPoints();
      assertTrue(tall >= 3 * RowHeights.LINE, "four lines in 30 characters: " + tall);
      assertTrue(sheet.getRow(3).getCTRow().getCustomHeight());
    }
  }

  @Test
  void everySheetPrintsLandscapeAsWideAsThePageWithHeaderAndPageNumbers() throws IOException {
    try (XSSFWorkbook book = open(write())) {
      for (XSSFSheet sheet : List.of(book.getSheet("Übersicht"), book.getSheet("Ohne Grund"))) {
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape(), sheet.getSheetName());
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertEquals(1, print.getFitWidth());
        assertEquals(0, print.getFitHeight());
        assertTrue(sheet.getFitToPage());
        assertEquals("&A", sheet.getHeader().getCenter());
        assertEquals("Seite &P von &N", sheet.getFooter().getCenter());
      }
      XSSFSheet table = book.getSheet("Ohne Grund");
      assertEquals("1:2", table.getRepeatingRows().formatAsString().replace("$", ""));
      String area = book.getPrintArea(book.getSheetIndex(table));
      assertTrue(area.contains("$A$1:$D$"), "ID to the review columns: " + area);
      assertEquals(2, table.getPaneInformation().getVerticalSplitPosition(), "ID and name");
      assertEquals(2, table.getPaneInformation().getHorizontalSplitPosition(), "both headers");
    }
  }

  @Test
  void theReviewCellsOfferTheirChoicesAndSayWhatTheyTake() throws IOException {
    try (XSSFWorkbook book = open(write())) {
      XSSFSheet sheet = book.getSheet("Ohne Grund");
      var validations = sheet.getDataValidations();
      assertEquals(2, validations.size(), "decision and note");
      var decision =
          validations.stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of("Behalten", "Entfernen"),
          List.of(decision.getValidationConstraint().getExplicitListValues()));
      assertEquals("Code oder Wort", decision.getPromptBoxText());
      assertTrue(decision.getShowPromptBox());
      assertTrue(!decision.getShowErrorBox(), "free text stays possible");
    }
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static String entry(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertTrue(e != null, name);
      return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
