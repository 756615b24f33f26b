package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Workbooks that are locked, damaged, too old, empty or as large as Excel allows. */
final class WorkbookCases {

  /** Excel's last row. */
  static final int EXCEL_ROWS = 1_048_576;

  private WorkbookCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "encrypted-xlsx",
            w -> List.of(arg(w.bytes("kunden.xlsx", encrypted(contactBook())))),
            Expected.exit(3)
                .problem("kunden.xlsx", "input-unknown")
                .check(o -> assertTrue(o.stderr().contains("password-protected"), o.stderr()))),
        run(
            "corrupt-xlsx",
            w -> {
              byte[] book = contactBook();
              return List.of(arg(w.bytes("kunden.xlsx", Arrays.copyOf(book, book.length - 400))));
            },
            Expected.exit(3).problem("kunden.xlsx", "archive-corrupt")),
        run(
            "old-xls-from-excel-95",
            w -> List.of(arg(w.bytes("kunden.xls", biff5()))),
            Expected.exit(3)
                .problem("kunden.xls", "input-unknown")
                .check(o -> assertTrue(o.stderr().contains("Excel 95 or older"), o.stderr()))),
        run(
            "xlsx-with-1048576-rows",
            w -> List.of(arg(fullSheet(w.path("endorsements.xlsx")))),
            Expected.exit(0)
                .rows(
                    "endorsements.xlsx!Endorsement_Received_Info",
                    EXCEL_ROWS - 1,
                    EXCEL_ROWS - 1,
                    0)),
        run(
            "workbook-whose-only-sheet-is-empty",
            w -> List.of(arg(w.workbook("leer.xlsx", book -> book.createSheet("Kontakte")))),
            Expected.exit(3)
                .problem("leer.xlsx", "input-unknown")
                .check(o -> assertTrue(o.stderr().contains("empty sheet"), o.stderr()))),
        run(
            "xlsx-with-a-dtd-and-an-external-entity",
            damagedBook(
                xml ->
                    xml.replaceFirst(
                            "\\?>",
                            "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                                + " \"file:///etc/hostname\"><!ENTITY a"
                                + " \"aaaaaaaaaa\"><!ENTITY b"
                                + " \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")
                        .replace(
                            "</sheetData>",
                            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>&xxe;&b;"
                                + "</t></is></c></row></sheetData>")),
            Expected.exit(3)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte", "input-unreadable")
                .check(
                    o -> {
                      Path hostname = Path.of("/etc/hostname");
                      if (Files.isReadable(hostname)) {
                        String secret = Files.readString(hostname).strip();
                        assertTrue(
                            secret.isEmpty()
                                || !String.valueOf(o.workbook().rows("Problems")).contains(secret),
                            "the entity is never resolved");
                      }
                    })),
        run(
            "xlsx-with-formula-errors",
            w -> List.of(arg(w.bytes("kunden.xlsx", withFormulaErrors(new XSSFWorkbook())))),
            Expected.exit(0)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte:2", "formula-error")
                .check(WorkbookCases::noErrorValues)),
        run(
            "xls-with-formula-errors",
            w -> List.of(arg(w.bytes("kunden.xls", withFormulaErrors(new HSSFWorkbook())))),
            Expected.exit(0)
                .rows("kunden.xls!Kontakte", 2, 2, 0)
                .problem("kunden.xls!Kontakte:2", "formula-error")
                .check(WorkbookCases::noErrorValues)),
        run(
            "xlsx-with-damaged-row-numbers",
            damagedBook(
                xml ->
                    xml.replace("<row r=\"2\"", "<row r=\"0\"")
                        .replace("<row r=\"3\"", "<row r=\"99999999999\"")),
            Expected.exit(0)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte:2", "damaged-row-number")),
        run(
            "xlsx-with-damaged-cell-references",
            damagedBook(
                xml ->
                    xml.replaceFirst("(<c r=\"A2\"[^>]*>)<v>\\d+</v>", "$1<v>x</v>")
                        .replaceFirst("(<c r=\"B3\"[^>]*>)<v>\\d+</v>", "$1<v>999999</v>")
                        .replaceFirst("(<c r=\"C3\"[^>]*?)( s=\"\\d+\")?>", "$1 s=\"s7\">")),
            Expected.exit(0)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte:2", "damaged-cell")
                .check(
                    o -> assertTrue(EncodingCases.names(o).contains("Berg"), "the rest of row 2"))),
        run(
            "xlsx-with-cells-beyond-column-xfd",
            damagedBook(
                xml ->
                    xml.replace(
                        "</row></sheetData>",
                        "<c r=\"XFE3\" t=\"inlineStr\"><is><t>weit</t></is></c>"
                            + "<c r=\"ZZZZZZZZZZ3\" t=\"inlineStr\"><is><t>weiter</t>"
                            + "</is></c></row></sheetData>")),
            Expected.exit(0)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte:3", "beyond-last-column")),
        run(
            "xlsx-damaged-half-way",
            damagedBook(
                xml ->
                    xml.substring(0, xml.indexOf("</sheetData>"))
                        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Carl</t>"
                        + "</is></c><c r=\"B4\""),
            Expected.exit(3)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte", "input-unreadable")),
        run(
            "xlsx-zip-bomb",
            damagedBook(WorkbookCases::inflated),
            Expected.exit(3)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte", "input-unreadable")
                .check(o -> assertTrue(o.stderr().contains("Zip bomb detected"), o.stderr()))),
        run(
            "xml-illegal-characters-from-a-workbook",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "kunden.xlsx",
                            // shared strings escape such characters as _xHHHH_, which POI decodes
                            rewrite(
                                contactBook(),
                                "xl/sharedStrings.xml",
                                xml ->
                                    xml.replace(">Anna<", ">An_x0001_na<")
                                        .replace(">Berg<", ">Be_x000B_rg<")
                                        .replace(">ACME<", ">AC_xFFFF_ME_xFFFE_<"))))),
            Expected.exit(0)
                .rows("kunden.xlsx!Kontakte", 2, 2, 0)
                .problem("kunden.xlsx!Kontakte:2", "control-characters")
                .check(
                    o -> {
                      assertTrue(
                          EncodingCases.names(o).contains("Anna Berg"), o.contacts()::toString);
                      assertTrue(
                          o.contacts().stream().anyMatch(c -> c.get("Company").equals("ACME")));
                    })),
        run(
            "zero-byte-xlsx",
            w -> List.of(arg(w.bytes("kunden.xlsx", new byte[0]))),
            Expected.exit(3).problem("kunden.xlsx", "input-unknown")),
        run(
            "word-document-named-csv",
            w -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              try (XWPFDocument doc = new XWPFDocument()) {
                doc.createParagraph().createRun().setText("Vorname, Nachname, Firma");
                doc.write(bytes);
              }
              return List.of(arg(w.bytes("kontakte.csv", bytes.toByteArray())));
            },
            Expected.exit(3)
                .problem("kontakte.csv", "input-unknown")
                .check(o -> assertTrue(o.stderr().contains("a Word document"), o.stderr()))),
        run(
            "xlsx-named-csv",
            w -> List.of(arg(w.bytes("kontakte.csv", contactBook()))),
            Expected.exit(0).rows("kontakte.csv!Kontakte", 2, 2, 0)));
  }

  /** The workbook with its first sheet's XML changed, as a crafted file would have it. */
  /** The contact book as {@code kunden.xlsx}, its first sheet's XML changed. */
  private static CorpusCase.Setup damagedBook(UnaryOperator<String> change) {
    return w -> List.of(arg(w.bytes("kunden.xlsx", rewriteSheet(contactBook(), change))));
  }

  static byte[] rewriteSheet(byte[] book, UnaryOperator<String> change) throws IOException {
    return rewrite(book, "xl/worksheets/sheet1.xml", change);
  }

  /** The workbook with one part's XML changed. */
  static byte[] rewrite(byte[] book, String part, UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(part)) {
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A contact list whose name cells are formulas that fail: #DIV/0!, #N/A, #REF!. */
  private static byte[] withFormulaErrors(Workbook book) throws IOException {
    try (book) {
      Sheet sheet = book.createSheet("Kontakte");
      row(sheet, 0, "Vorname", "Nachname", "Firma", "E-Mail");
      Row anna = row(sheet, 1, "Anna");
      anna.createCell(1).setCellFormula("1/0");
      anna.createCell(2).setCellFormula("CONCATENATE(\"AC\",\"ME\")");
      anna.createCell(3).setCellFormula("NA()");
      Row berg = row(sheet, 2, "", "Berg");
      berg.getCell(0).setCellFormula("#REF!+1");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void noErrorValues(Outcome o) {
    List<String> names = EncodingCases.names(o);
    assertTrue(names.stream().noneMatch(n -> n.contains("#")), names::toString);
    assertTrue(names.contains("Anna") && names.contains("Berg"), names::toString);
    assertTrue(o.contacts().stream().anyMatch(c -> c.get("Company").equals("ACME")));
  }

  /** A fourth row whose one cell packs 20 MB of one letter into the sheet's few kilobytes. */
  private static String inflated(String xml) {
    return xml.replace(
        "</sheetData>",
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>"
            + "x".repeat(20 << 20)
            + "</t></is></c></row></sheetData>");
  }

  /** A small contact list: header and two people. */
  static byte[] contactBook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Kontakte");
      row(sheet, 0, "Vorname", "Nachname", "Firma");
      row(sheet, 1, "Anna", "Berg", "ACME");
      row(sheet, 2, "Ben", "Kurz", "Bau AG");
      book.write(bytes);
    }
    return bytes.toByteArray();
  }

  static Row row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
    return row;
  }

  /** The workbook locked with a password the way Excel does it (agile encryption in OLE2). */
  private static byte[] encrypted(byte[] book) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(book);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** An OLE2 file whose {@code Book} stream starts with a BIFF5 (Excel 5.0/95) BOF record. */
  private static byte[] biff5() throws IOException {
    byte[] bof = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0};
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(bof), "Book");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * LinkedIn's endorsements re-saved as a workbook that fills every row Excel has, streamed with
   * SXSSF (close() removes its temporary file). Endorsements are counted per person, so the rows
   * cost reading rather than a report of a million contacts.
   */
  private static Path fullSheet(Path file) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      book.setCompressTempFiles(false);
      Sheet sheet = book.createSheet("Endorsement_Received_Info");
      row(sheet, 0, "Endorsement Date", "Endorser First Name", "Endorser Last Name");
      String[] first = new String[50];
      Arrays.setAll(first, i -> "Person" + i);
      for (int i = 1; i < EXCEL_ROWS; i++) {
        row(sheet, i, "2024/01/02 10:00:00 UTC", first[i % 50], "Berg");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }
}
