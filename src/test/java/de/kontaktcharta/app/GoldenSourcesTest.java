package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One person across every source (test resources {@code cases/all-sources}, plus a CRM workbook
 * made here): Jürgen Müller is a LinkedIn connection and has a XING vCard with another spelling of
 * his company, is a customer in the CRM sheet, met in the calendar and exchanged three times in the
 * interactions log — one contact with CLIENT, MET and EXCHANGE, each from its own {@code
 * file:line}. Anna Becker's company is a CRM partner (weak) and a meeting with her is planned
 * within the "soon" window. Two Thomas Schmidts make the CRM's name-only row ambiguous. Petra
 * Schulz declined the only meeting with her.
 */
class GoldenSourcesTest {

  static final Path CASE = Path.of("src", "test", "resources", "cases", "all-sources");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  @TempDir static Path tmp;
  private static Path in;
  private static Map<String, List<Map<String, String>>> report;

  @BeforeAll
  static void run() throws Exception {
    in = tmp.resolve("in");
    try (Stream<Path> files = Files.walk(CASE)) {
      for (Path f : files.toList()) {
        Path target = in.resolve(CASE.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    writeCrm(in.resolve("crm").resolve("kunden.xlsx"));
    AnalyseSettings settings =
        new AnalyseSettings(
            List.of(in),
            Map.of(),
            tmp.resolve("out"),
            TODAY,
            TODAY,
            "en",
            null,
            null,
            Set.of(),
            null);
    AnalyseResult result = new AnalyseJob().run(settings);
    report = read(result.reports().get(OutputFormat.XLSX));
  }

  private static void writeCrm(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet s = book.createSheet("Kunden");
      Object[][] rows = {
        {"Firma", "Vorname", "Nachname", "Status", "Letzter Kontakt"},
        {"ACME GmbH", "Jürgen", "Müller", "Kunde", LocalDate.of(2024, 1, 15)},
        {"", "Thomas", "Schmidt", "Interessent", LocalDate.of(2024, 5, 1)},
        {"Delta GmbH", "", "", "Partner", LocalDate.of(2023, 10, 1)},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof LocalDate d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(date);
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      book.write(out);
    }
  }

  /** Every sheet as rows of header → cell text. */
  private static Map<String, List<Map<String, String>>> read(Path xlsx) throws IOException {
    Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
    DataFormatter text = new DataFormatter();
    try (InputStream stream = Files.newInputStream(xlsx);
        Workbook book = WorkbookFactory.create(stream)) {
      for (Sheet sheet : book) {
        List<Map<String, String>> rows = new ArrayList<>();
        Row header = sheet.getRow(0);
        int first = 1;
        if (header != null && text.formatCellValue(header.getCell(0)).isEmpty()) {
          // a row of group headings ("Your decision") stands above the header
          header = sheet.getRow(1);
          first = 2;
        }
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row == null || header == null) {
            continue;
          }
          Map<String, String> cells = new LinkedHashMap<>();
          for (int c = 0; c < header.getLastCellNum(); c++) {
            cells.put(
                text.formatCellValue(header.getCell(c)), text.formatCellValue(row.getCell(c)));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getSheetName(), rows);
      }
    }
    return sheets;
  }

  private static List<Map<String, String>> rowsOf(String sheet, String column, String value) {
    return report.get(sheet).stream().filter(r -> value.equals(r.get(column))).toList();
  }

  /**
   * The evidence of a contact as "REASON strength @ file:line", the file relative to the inputs.
   */
  private static Set<String> evidenceOf(String name) {
    return rowsOf("Evidence", "Name", name).stream()
        .map(
            r ->
                r.get("Reason code")
                    + " "
                    + r.get("Strength")
                    + " @ "
                    + r.get("Source").replace(in + "/", ""))
        .collect(Collectors.toSet());
  }

  @Test
  void linkedInConnectionAndXingVCardAreOneContactWithBothSources() {
    List<Map<String, String>> juergen = rowsOf("Contacts", "Name", "Jürgen Müller");
    assertEquals(1, juergen.size(), report.get("Contacts")::toString);
    assertEquals("LinkedIn connections, vCard", juergen.get(0).get("Sources"));
    assertEquals("JUSTIFIED", juergen.get(0).get("Status code"));
    assertEquals("ACME GmbH", juergen.get(0).get("Company"));
    assertEquals(5, report.get("Contacts").size(), "Jürgen, Anna, Petra and two Thomas Schmidts");
  }

  @Test
  void everyReasonIsRecordedFromItsOwnFileAndLine() {
    assertEquals(
        Set.of(
            "CLIENT strong @ crm/kunden.xlsx!Kunden:2",
            "MET strong @ kalender.ics:5",
            "EXCHANGE strong @ austausch.csv:4"),
        evidenceOf("Jürgen Müller"));
    assertEquals(
        Set.of("CLIENT weak @ crm/kunden.xlsx!Kunden:4", "MET strong @ kalender.ics:12"),
        evidenceOf("Anna Becker"));
    assertTrue(evidenceOf("Petra Schulz").isEmpty(), "she declined the meeting");
    assertEquals("NO_REASON", rowsOf("Contacts", "Name", "Petra Schulz").get(0).get("Status code"));
  }

  @Test
  void nameOnlyMatchToTwoContactsIsReportedOnProblems() {
    List<Map<String, String>> ambiguous = rowsOf("Problems", "Code", "ambiguous-name");
    assertEquals(1, ambiguous.size(), report.get("Problems")::toString);
    assertEquals(
        in + "/crm/kunden.xlsx!Kunden:3",
        ambiguous.get(0).get("File") + ":" + ambiguous.get(0).get("Line"));
    assertTrue(ambiguous.get(0).get("Detail").contains("Thomas Schmidt"));
    assertFalse(
        rowsOf("Evidence", "Name", "Thomas Schmidt").stream()
            .anyMatch(r -> r.get("Source").contains("kunden.xlsx")),
        "not guessed");
  }

  @Test
  void summaryListsEveryInputWithBalancedRows() {
    List<Map<String, String>> summary = report.get("Summary");
    String all = summary.toString();
    for (String input :
        List.of(
            "linkedin/Connections.csv",
            "xing/Juergen_Mueller.vcf",
            "crm/kunden.xlsx!Kunden",
            "kalender.ics",
            "austausch.csv")) {
      assertTrue(all.contains(input), input + " in " + all);
    }
  }
}
