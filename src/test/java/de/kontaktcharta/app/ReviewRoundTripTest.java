package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.WorkbookText;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.report.Change;
import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip (issue 5): run 1 writes a report, the user edits it like a person would
 * (sorts, fills review cells, types free text, moves a column, saves), run 2 on a changed export
 * keeps every entry as MANUAL evidence and lists the changes; the ledger holds everything.
 */
class ReviewRoundTripTest {

  private static final String PREAMBLE =
      "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n";
  private static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  @TempDir Path tmp;

  private Path export(String name, String... rows) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(
        dir.resolve("Connections.csv"),
        PREAMBLE + HEADER + String.join("\n", rows),
        StandardCharsets.UTF_8);
    StringBuilder messages =
        new StringBuilder(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n");
    for (int i = 0; i < 3; i++) {
      messages
          .append(
              "2-YWJj==,,Anna Berg,https://www.linkedin.com/in/anna-berg,Olga Owner,https://www.linkedin.com/in/olga-owner,2026-10-1")
          .append(i)
          .append(" 10:00:00 UTC,,Hallo,INBOX,No,No\n");
      messages
          .append(
              "2-YWJj==,,Olga Owner,https://www.linkedin.com/in/olga-owner,Anna Berg,https://www.linkedin.com/in/anna-berg,2026-10-1")
          .append(i)
          .append(" 11:00:00 UTC,,Hallo zurück,INBOX,No,No\n");
    }
    Files.writeString(dir.resolve("messages.csv"), messages, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Profile.csv"),
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
            + "Olga,Owner,,,,Beraterin,,,,,,,\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  private AnalyseResult run(Path input, LocalDate today) throws Exception {
    AnalyseSettings settings =
        AnalyseSettings.of(List.of(input), tmp.resolve("reports"), today, today);
    return new AnalyseJob().run(settings);
  }

  @Test
  void aReviewSurvivesSortingEditingAndAChangedExport() throws Exception {
    Path first =
        export(
            "export1",
            "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023",
            "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021",
            "Clara,Chef,https://www.linkedin.com/in/clara-chef,,Chef AG,CEO,15 Mar 2022",
            "Dora,Durst,https://www.linkedin.com/in/dora-durst,,Durst KG,Vertrieb,10 Oct 2020",
            "Frieda,Fort,https://www.linkedin.com/in/frieda-fort,,Fort AG,CFO,10 Oct 2019");
    AnalyseResult run1 = run(first, LocalDate.of(2026, 11, 20));
    Path report1 = run1.reports().get(OutputFormat.XLSX);
    assertEquals(5, run1.contacts());

    editLikeAUser(
        report1,
        Map.of(
            "Bernd Brot", new String[] {"", "MET", "Messe 2019"},
            "Clara Chef", new String[] {"REMOVE", "", ""},
            "Dora Durst", new String[] {"", "Kennt meinen Bruder", ""}));

    Path second =
        export(
            "export2",
            "Emil Neu,,https://www.linkedin.com/in/emil-neu,,Neu GmbH,Dev,01 Nov 2027",
            "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023",
            "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021",
            "Clara,Chef,https://www.linkedin.com/in/clara-chef,,Chef AG,CEO,15 Mar 2022",
            "Dora,Durst,https://www.linkedin.com/in/dora-durst,,Durst KG,Vertrieb,10 Oct 2020");
    AnalyseResult run2 = run(second, LocalDate.of(2027, 12, 1));
    WorkbookText report2 = WorkbookText.read(run2.reports().get(OutputFormat.XLSX));

    Map<String, String> bernd = report2.row("Kontakte", "Name", "Bernd Brot");
    assertEquals("Begegnet", bernd.get("Grund"), "the report shows the reason's label");
    assertEquals("Messe 2019", bernd.get("Notiz"));
    assertEquals(
        "JUSTIFIED", bernd.get("Status-Code"), "a reason recorded by hand justifies the contact");
    assertEquals("Entfernen", report2.row("Kontakte", "Name", "Clara Chef").get("Entscheidung"));
    Map<String, String> dora = report2.row("Kontakte", "Name", "Dora Durst");
    assertEquals("", dora.get("Grund"));
    assertEquals("Kennt meinen Bruder", dora.get("Notiz"), "free text in Reason is kept as a note");

    Map<String, String> manual = report2.row("Belege", "Name", "Bernd Brot");
    assertEquals("MANUAL", manual.get("Grund-Code"));
    assertTrue(
        manual.get("Quelle").startsWith(report1.getFileName() + "!Kontakte:"),
        manual.get("Quelle"));

    List<String> changes = new ArrayList<>();
    for (Map<String, String> c : report2.table("Änderungen")) {
      changes.add(c.get("Änderungs-Code") + " " + c.get("Name"));
    }
    assertEquals(
        List.of(
            "NEW Emil Neu",
            "VANISHED Frieda Fort",
            "STATUS Anna Berg",
            "STATUS Bernd Brot",
            "REMOVE_PENDING Clara Chef"),
        changes);
    assertEquals(
        "Begründet (JUSTIFIED)", report2.row("Änderungen", "Name", "Anna Berg").get("Vorher"));
    assertEquals(
        "Kein Grund (NO_REASON)", report2.row("Änderungen", "Name", "Anna Berg").get("Jetzt"));
    assertTrue(
        run2.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("reason-unknown")
                        && p.source().file().equals(report1.getFileName() + "!Kontakte")),
        run2.problems().toString());

    String ledger = Files.readString(tmp.resolve("reports/reasons.csv"), StandardCharsets.UTF_8);
    assertTrue(
        ledger.startsWith("\ufeffContact ID,Key,Name,Reason,Decision,Note,Recorded"), ledger);
    assertTrue(
        ledger.contains(",url:linkedin.com/in/bernd-brot,Bernd Brot,MET,,Messe 2019,2027-12-01"),
        ledger);
    assertTrue(
        ledger.contains(",url:linkedin.com/in/clara-chef,Clara Chef,,REMOVE,,2027-12-01"), ledger);
    assertTrue(ledger.contains("Dora Durst,,,Kennt meinen Bruder,"), ledger);
    assertFalse(
        Files.exists(tmp.resolve("reports/reasons.csv.bak")), "no earlier ledger to keep yet");

    // Run 3: the user clears Clara's decision with a dash in the newest report; an empty cell
    // elsewhere erases nothing, and the previous ledger is kept as .bak.
    editLikeAUser(
        run2.reports().get(OutputFormat.XLSX),
        Map.of("Clara Chef", new String[] {"-", "", ""}, "Bernd Brot", new String[] {"", "", ""}));
    AnalyseResult run3 = run(second, LocalDate.of(2027, 12, 2));
    String ledger3 = Files.readString(tmp.resolve("reports/reasons.csv"), StandardCharsets.UTF_8);
    assertTrue(ledger3.contains("Bernd Brot,MET,,Messe 2019"), ledger3);
    assertFalse(ledger3.contains("REMOVE"), ledger3);
    assertTrue(
        Files.readString(tmp.resolve("reports/reasons.csv.bak"), StandardCharsets.UTF_8)
            .contains("REMOVE"));
    assertEquals(
        3,
        Set.copyOf(
                List.of(
                    report1,
                    run2.reports().get(OutputFormat.XLSX),
                    run3.reports().get(OutputFormat.XLSX)))
            .size(),
        "no report overwrites another");
  }

  @Test
  void aDecisionClearedInTheReportStaysClearedThoughAnOlderListAmongTheInputsHasIt()
      throws Exception {
    Path export =
        export(
            "export1",
            "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023",
            "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021");
    Files.writeString(
        export.resolve("reasons.csv"),
        "Contact ID,Key,Name,Reason,Decision,Note,Recorded\n"
            + ",url:linkedin.com/in/bernd-brot,Bernd Brot,,REMOVE,alte Liste,2026-01-10\n",
        StandardCharsets.UTF_8);
    AnalyseResult run1 = run(export, LocalDate.of(2026, 11, 20));
    assertEquals(
        List.of(Change.Kind.REMOVE_PENDING), run1.changes().stream().map(Change::kind).toList());
    editLikeAUser(
        run1.reports().get(OutputFormat.XLSX), Map.of("Bernd Brot", new String[] {"-", "", ""}));
    for (int day = 21; day <= 22; day++) {
      AnalyseResult next = run(export, LocalDate.of(2026, 11, day));
      ContactAssessment bernd =
          next.assessment().contacts().stream()
              .filter(c -> c.contact().name().equals("Bernd Brot"))
              .findFirst()
              .orElseThrow();
      assertNull(bernd.review().decision(), "run on the " + day + "th");
      assertEquals(List.of(), next.changes(), "run on the " + day + "th");
    }
  }

  @Test
  void rowsDeletedFromTheReportAreNoNewContactsNextTime() throws Exception {
    Path export =
        export(
            "export1",
            "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023",
            "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021");
    Path report = run(export, LocalDate.of(2026, 11, 20)).reports().get(OutputFormat.XLSX);
    try (InputStream in = Files.newInputStream(report);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet contacts = wb.getSheet("Kontakte");
      for (Row row : contacts) {
        if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("Anna Berg")) {
          int at = row.getRowNum();
          contacts.removeRow(row);
          if (at < contacts.getLastRowNum()) {
            contacts.shiftRows(at + 1, contacts.getLastRowNum(), -1);
          }
          break;
        }
      }
      try (OutputStream out = Files.newOutputStream(report)) {
        wb.write(out);
      }
    }
    AnalyseResult run2 = run(export, LocalDate.of(2026, 11, 21));
    assertEquals(List.of(), run2.changes(), "Anna has been a contact since 2023");
    InputSummary earlier =
        run2.inputs().stream()
            .filter(i -> i.file().equals(report.toString()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(run2.inputs().toString()));
    assertEquals(2, earlier.rowsRead(), "Bernd on Contacts and on No reason");
    assertTrue(earlier.balanced());
    assertTrue(
        run2.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("previous-rows-missing")
                        && English.text(p).contains("Anna Berg")),
        run2.problems()::toString);
  }

  /**
   * Edits the Contacts sheet with POI as a user would: rows sorted by name descending, the Reason
   * and Note columns swapped, review cells filled ({decision, reason, note}; empty means
   * untouched), saved over the file.
   */
  private static void editLikeAUser(Path report, Map<String, String[]> edits) throws IOException {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(report)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet sheet = wb.getSheet("Kontakte");
    DataFormatter text = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : text.formatCellValue(cell));
      }
      rows.add(cells);
    }
    // the header row follows the row of group headings ("Ihre Entscheidung")
    int h = 0;
    while (!rows.get(h).contains("Name")) {
      h++;
    }
    List<String> header = rows.get(h);
    int name = header.indexOf("Name");
    int decision = header.indexOf("Entscheidung");
    int reason = header.indexOf("Grund");
    int note = header.indexOf("Notiz");
    List<List<String>> data = new ArrayList<>(rows.subList(h + 1, rows.size()));
    data.sort((a, b) -> b.get(name).compareTo(a.get(name)));
    for (List<String> row : data) {
      while (row.size() < header.size()) {
        row.add("");
      }
      String[] edit = edits.get(row.get(name));
      if (edit != null) {
        if (!edit[0].isEmpty()) {
          row.set(decision, edit[0]);
        }
        if (!edit[1].isEmpty()) {
          row.set(reason, edit[1]);
        }
        if (!edit[2].isEmpty()) {
          row.set(note, edit[2]);
        }
      }
    }
    List<List<String>> all = new ArrayList<>(rows.subList(0, h));
    all.add(header);
    all.addAll(data);
    for (List<String> row : all.subList(h, all.size())) {
      String r = row.get(reason);
      row.set(reason, row.get(note));
      row.set(note, r);
    }
    for (int r = sheet.getLastRowNum(); r >= 0; r--) {
      Row row = sheet.getRow(r);
      if (row != null) {
        sheet.removeRow(row);
      }
    }
    for (int r = 0; r < all.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < all.get(r).size(); c++) {
        row.createCell(c).setCellValue(all.get(r).get(c));
      }
    }
    try (OutputStream out = Files.newOutputStream(report)) {
      wb.write(out);
    }
    wb.close();
  }
}
