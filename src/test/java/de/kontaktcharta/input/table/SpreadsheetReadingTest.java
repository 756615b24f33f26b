package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.InputScanner;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.crm.CrmKind;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.ReadCapture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made with POI in the shapes users keep their lists in. */
class SpreadsheetReadingTest {

  @TempDir Path dir;

  private Path save(Workbook book, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.close();
    return file;
  }

  private static Row row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (v instanceof LocalDate d) {
        cell.setCellValue(d);
      } else if (v.toString().startsWith("=")) {
        cell.setCellFormula(v.toString().substring(1));
      } else {
        cell.setCellValue(v.toString());
      }
    }
    return row;
  }

  /**
   * A customer workbook: a notes sheet, the CRM sheet with a title above its header, an empty one.
   */
  private static void customerBook(Workbook book) {
    CellStyle german = book.createCellStyle();
    german.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
    row(book.createSheet("Hinweise"), 0, "Diese Liste pflegt der Vertrieb.");
    Sheet crm = book.createSheet("Kunden");
    row(crm, 0, "Kundenliste 2024");
    row(crm, 2, "Firma", "Ansprechpartner", "Status", "Letzter Kontakt", "Umsatz");
    row(crm, 3, "ACME GmbH", "Max Mustermann", "Kunde", LocalDate.of(2024, 3, 14), "=1000*2")
        .getCell(3)
        .setCellStyle(german);
    row(crm, 4, "Beta AG", null, "Interessent", 45366);
    row(crm, 5, "Gamma", "Erika Musterfrau", "=CONCATENATE(\"Lie\",\"ferant\")", "01.02.2024");
    row(crm, 7, null, null, "Kunde");
    book.createSheet("Leer");
    book.getCreationHelper().createFormulaEvaluator().evaluateAll();
  }

  private void assertCustomerSheet(ReadCapture read, String file) {
    Detection d = read.detections.get(0);
    assertEquals(CrmKind.KIND, d.kind());
    assertEquals("Kunden", d.sheet());
    assertEquals(3, d.header().line());
    assertEquals(file + "!Kunden", d.name());
    List<RelationFact> rows = read.facts(RelationFact.class);
    assertEquals(3, rows.size());
    assertEquals("Max Mustermann", rows.get(0).person().displayName());
    assertEquals("ACME GmbH", rows.get(0).person().company());
    assertEquals(LocalDate.of(2024, 3, 14), rows.get(0).date());
    assertEquals(file + "!Kunden:4", rows.get(0).source().toString());
    assertTrue(rows.get(1).companyOnly());
    assertEquals(LocalDate.of(2024, 3, 15), rows.get(1).date(), "a date typed as a number");
    assertEquals("Lieferant", rows.get(2).relation(), "the formula's cached value");
    assertEquals(LocalDate.of(2024, 2, 1), rows.get(2).date(), "a date typed as text");
    assertEquals(List.of("8: missing-person"), read.problemCodes());
    assertTrue(read.balanced());
    assertEquals(
        List.of("Hinweise", "Leer"),
        read.detections.stream().filter(x -> x.kind() == null).map(Detection::sheet).toList());
  }

  @Test
  void xlsxCustomerListWithTitleRowFormulasAndDatesInEveryShape() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    customerBook(book);
    Path file = save(book, "kunden.xlsx");
    ReadCapture read = ReadCapture.read(file);

    assertCustomerSheet(read, file.toString());
    List<String> used = read.inspections.get(0).columns().stream().map(ColumnUse::field).toList();
    assertTrue(used.containsAll(List.of("name", "company", "relation", "date")), used::toString);
    assertEquals(List.of("Umsatz"), read.inspections.get(0).unused());
  }

  @Test
  void xlsCustomerListReadsTheSame() throws IOException {
    HSSFWorkbook book = new HSSFWorkbook();
    customerBook(book);
    Path file = save(book, "kunden.xls");

    assertCustomerSheet(ReadCapture.read(file), file.toString());
  }

  @Test
  void mergedHeaderCellsAreFilledAndReported() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    Sheet contacts = book.createSheet("Kontakte");
    row(contacts, 0, "Person", null, "Firma");
    row(contacts, 1, "Vorname", "Nachname");
    row(contacts, 2, "Max", "Mustermann", "ACME");
    contacts.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
    contacts.addMergedRegion(CellRangeAddress.valueOf("C1:C2"));
    Sheet meetings = book.createSheet("Termine");
    row(meetings, 0, "Name", null, "Datum", "Anlass");
    row(meetings, 1, "Max Mustermann", "Vertrieb", "2024-05-02", "Messe");
    meetings.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
    Path file = save(book, "merged.xlsx");
    ReadCapture read = ReadCapture.read(file);

    NetworkEntry max = read.network.get(0);
    assertEquals("ACME", max.person().company(), "the vertically merged 'Firma' names column C");
    MeetingFact meeting = read.facts(MeetingFact.class).get(0);
    assertEquals("Max Mustermann", meeting.participants().get(0).displayName());
    List<Problem> merged =
        read.problems.stream().filter(p -> p.code().equals("merged-header")).toList();
    assertEquals(2, merged.size());
    assertEquals(file + "!Kontakte:2", merged.get(0).source().toString());
    assertTrue(English.text(merged.get(1)).contains("A1:B1"), English.text(merged.get(1)));
    assertTrue(English.text(merged.get(1)).contains("column(s) B"), English.text(merged.get(1)));
  }

  @Test
  void workbookWithoutAnyKnownHeaderIsUnknownWithTheReasonPerSheet() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    book.createSheet("Tabelle1");
    row(book.createSheet("Zahlen"), 0, "Monat", "Umsatz");
    Path file = save(book, "zahlen.xlsx");
    ReadCapture read = ReadCapture.read(file);

    assertEquals(1, read.detections.size());
    assertNull(read.detection().kind());
    assertEquals(
        "workbook with no known header row: sheet 'Tabelle1': empty sheet; sheet 'Zahlen': no"
            + " known header row in the sheet's first 40 rows",
        English.text(read.detection().note()));
  }

  @Test
  void valuesRightOfTheHeaderAreReported() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    Sheet s = book.createSheet("Liste");
    row(s, 0, "Vorname", "Nachname");
    row(s, 1, "Max", "Mustermann", "verrutscht");
    Path file = save(book, "liste.xlsx");
    ReadCapture read = ReadCapture.read(file);

    assertEquals(1, read.network.size());
    assertEquals(List.of("2: cells-beyond-header"), read.problemCodes());
  }

  @Test
  void largeSheetIsStreamed() throws IOException {
    int rows = 30_000;
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet s = book.createSheet("Kontakte");
      row(s, 0, "First Name", "Last Name", "Company", "E-mail Address");
      for (int i = 1; i <= rows; i++) {
        row(s, i, "First" + i, "Last" + i, "Company " + (i % 100), "p" + i + "@example.com");
      }
      Path file = dir.resolve("big.xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
      ReadCapture read = ReadCapture.read(file);
      assertEquals(rows, read.network.size());
      assertEquals("p30000@example.com", read.network.get(rows - 1).person().emails().get(0));
    }
  }

  @Test
  void otherOfficeFilesAreNamedInTheReason() throws IOException {
    Path docx = dir.resolve("brief.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    Path ods = dir.resolve("liste.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals(
        "a Word document, not a table", English.text(ReadCapture.read(docx).detection().note()));
    assertEquals(
        "workbook with no known header row: no sheets",
        English.text(ReadCapture.read(ods).detection().note()),
        "a spreadsheet's media type without any sheet");
    assertEquals(1, new InputScanner().scan(List.of(ods)).files().size(), "an .ods is no archive");
  }

  private Path ole2(String name, String entry) throws IOException {
    Path file = dir.resolve(name);
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new ByteArrayInputStream(new byte[16]), entry);
      fs.writeFilesystem(out);
    }
    return file;
  }

  @Test
  void oldOfficeFilesThatAreNoWorkbookSayWhatTheyAre() throws IOException {
    assertEquals(
        "a Word document, not a table",
        English.text(ReadCapture.read(ole2("brief.doc", "WordDocument")).detection().note()));
    assertEquals(
        "a password-protected workbook; save it without a password to read it",
        English.text(ReadCapture.read(ole2("geheim.xlsx", "EncryptedPackage")).detection().note()));
    assertEquals(
        "an old Office file that is not a workbook",
        English.text(ReadCapture.read(ole2("x.xls", "Something")).detection().note()));
  }
}
