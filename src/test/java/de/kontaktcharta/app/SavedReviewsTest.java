package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.SavedCopy;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review survives however it is saved: as .ods beside the untouched report, as a copy with
 * another name, one sheet as CSV in German Excel's dialect; several copies at once, newest first;
 * and a file that cannot be read leaves the ledger as it was.
 */
class SavedReviewsTest {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final LocalDate DAY1 = LocalDate.of(2026, 11, 20);
  static final LocalDate DAY2 = LocalDate.of(2026, 11, 21);
  static final LocalDate DAY3 = LocalDate.of(2026, 11, 22);

  @TempDir Path tmp;
  Path export;
  Path out;
  Path report;

  /** The report's Contact IDs by name. */
  Map<String, String> ids = new LinkedHashMap<>();

  @BeforeEach
  void firstRun() throws Exception {
    export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(
        export.resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023\n"
            + "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021\n"
            + "Clara,Chef,https://www.linkedin.com/in/clara-chef,,Chef AG,CEO,15 Mar 2022\n"
            + "Dora,Durst,https://www.linkedin.com/in/dora-durst,,Durst KG,Vertrieb,10 Oct 2020\n",
        StandardCharsets.UTF_8);
    out = tmp.resolve("reports");
    report = run(DAY1).reports().get(OutputFormat.XLSX);
    // row 1 holds the group heading, row 2 the header
    for (List<String> row : SavedCopy.read(report).get("Kontakte").subList(2, 6)) {
      ids.put(row.get(1), row.get(0));
    }
  }

  AnalyseResult run(LocalDate day) throws Exception {
    return new AnalyseJob().run(AnalyseSettings.of(List.of(export), out, day, day));
  }

  AnalyseResult runWithPrevious(LocalDate day, Path previous) throws Exception {
    AnalyseSettings s = AnalyseSettings.of(List.of(export), out, day, day);
    return new AnalyseJob()
        .run(
            new AnalyseSettings(
                s.inputs(),
                s.forced(),
                s.outDir(),
                s.today(),
                s.runDate(),
                s.language(),
                null,
                previous,
                s.formats(),
                null));
  }

  /** The ledger by name: {reason, decision, note, recorded, changed}. */
  Map<String, List<String>> ledger() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (CSVRecord r : csv(out.resolve("reasons.csv"))) {
      rows.put(r.get("Name"), List.of(r.get(3), r.get(4), r.get(5), r.get(6), r.get(7)));
    }
    return rows;
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\ufeff", "");
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(text))
        .getRecords();
  }

  Path edited(String name, Map<String, String[]> byName) throws IOException {
    Map<String, String[]> byId = new LinkedHashMap<>();
    byName.forEach((n, e) -> byId.put(ids.get(n), e));
    Path copy = tmp.resolve(name);
    SavedCopy.xlsx(report, "Kontakte", byId, copy);
    return copy;
  }

  static String[] edit(String decision, String reason, String note) {
    return new String[] {decision, reason, note};
  }

  static void saved(Path file, int secondsAgo) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
  }

  @Test
  void anOdsSavedBesideTheUntouchedReportIsReadWordsAndAll() throws Exception {
    Path copy = edited("edit.xlsx", Map.of("Anna Berg", edit("löschen", "kunde", null)));
    SavedCopy.ods(copy, out.resolve(report.getFileName().toString().replace(".xlsx", ".ods")));

    AnalyseResult next = run(DAY2);

    assertEquals(List.of("CLIENT", "REMOVE", "", DAY2.toString(), ""), ledger().get("Anna Berg"));
    assertTrue(
        next.problems().stream().noneMatch(p -> p.code().equals("reason-unknown")),
        "'kunde' is a word for CLIENT, not a note");
  }

  @Test
  void oneSheetSavedAsCsvByGermanExcelIsRead() throws Exception {
    Path copy =
        edited(
            "edit.xlsx",
            Map.of("Bernd Brot", edit("behalten", "persönlich kennengelernt", "Grüße vom Bäcker")));
    SavedCopy.csv(copy, "Ohne Grund", out.resolve("Ohne Grund.csv"), ';', WINDOWS_1252);
    // the copy holds the edit only on Contacts: save the edited Contacts sheet as well
    SavedCopy.csv(copy, "Kontakte", out.resolve("Kontakte.csv"), '\t', StandardCharsets.UTF_8);

    run(DAY2);

    assertEquals(
        List.of("MET", "KEEP", "Grüße vom Bäcker", DAY2.toString(), ""),
        ledger().get("Bernd Brot"));
  }

  @Test
  void previousTakesEveryFormat() throws Exception {
    Path xlsx = edited("a.xlsx", Map.of("Clara Chef", edit("FOLLOW_ONLY", null, null)));
    Path ods = tmp.resolve("b.ods");
    SavedCopy.ods(edited("b.xlsx", Map.of("Dora Durst", edit(null, "Austausch", null))), ods);
    Path csv = tmp.resolve("c.csv");
    SavedCopy.csv(
        edited("c.xlsx", Map.of("Anna Berg", edit(null, null, "Notiz aus CSV"))),
        "Kontakte",
        csv,
        ',',
        StandardCharsets.UTF_8);

    runWithPrevious(DAY2, xlsx);
    runWithPrevious(DAY2, ods);
    runWithPrevious(DAY2, csv);

    Map<String, List<String>> ledger = ledger();
    assertEquals("FOLLOW_ONLY", ledger.get("Clara Chef").get(1));
    assertEquals("EXCHANGE", ledger.get("Dora Durst").get(0));
    assertEquals("Notiz aus CSV", ledger.get("Anna Berg").get(2));
  }

  @Test
  void theReportsOwnCsvZipIsAReviewToo() throws Exception {
    AnalyseSettings s = AnalyseSettings.of(List.of(export), out, DAY2, DAY2);
    AnalyseResult both =
        new AnalyseJob()
            .run(
                new AnalyseSettings(
                    s.inputs(),
                    s.forced(),
                    s.outDir(),
                    s.today(),
                    s.runDate(),
                    "en",
                    null,
                    null,
                    java.util.Set.of(OutputFormat.CSV),
                    null));
    Path zip = both.reports().get(OutputFormat.CSV);
    de.kontaktcharta.review.PreviousReport read =
        new de.kontaktcharta.review.PreviousReportReader().read(zip);
    assertEquals(List.of(), read.problems());
    assertTrue(read.rows().stream().anyMatch(r -> r.id().equals(ids.get("Anna Berg"))));
    assertTrue(
        read.rows().stream().allMatch(r -> r.decisionCell().isPresent()),
        "the decision column is found by its key");
  }

  @Test
  void twoCopiesThatDisagreeTheNewerWinsAndProblemsNameBoth() throws Exception {
    Path older = out.resolve("Kopie von kontaktcharta.xlsx");
    Files.copy(edited("x.xlsx", Map.of("Anna Berg", edit("REMOVE", null, null))), older);
    saved(older, 60);
    Path newer = out.resolve("kontaktcharta (1).ods");
    SavedCopy.ods(edited("y.xlsx", Map.of("Anna Berg", edit("behalten", null, null))), newer);

    AnalyseResult next = run(DAY2);

    assertEquals("KEEP", ledger().get("Anna Berg").get(1));
    List<Problem> disagree =
        next.problems().stream().filter(p -> p.code().equals("review-files-disagree")).toList();
    assertEquals(1, disagree.size(), next.problems().toString());
    assertTrue(disagree.get(0).source().file().startsWith("Kopie von kontaktcharta.xlsx!"));
    String said = English.text(disagree.get(0).message());
    assertTrue(said.contains("'REMOVE'"), said);
    assertTrue(said.contains("'behalten'"), said);
    assertTrue(said.contains("kontaktcharta (1).ods!"), said);
  }

  @Test
  void aCopyOfAnOlderReportDoesNotUndoAnotherCopysEdit() throws Exception {
    Path first = out.resolve("erste.xlsx");
    Files.copy(edited("x.xlsx", Map.of("Anna Berg", edit("REMOVE", null, null))), first);
    saved(first, 60);
    Path second = out.resolve("zweite.xlsx");
    Files.copy(edited("y.xlsx", Map.of("Bernd Brot", edit(null, "MET", null))), second);

    AnalyseResult next = run(DAY2);

    assertEquals("REMOVE", ledger().get("Anna Berg").get(1));
    assertEquals("MET", ledger().get("Bernd Brot").get(0));
    assertTrue(next.problems().stream().noneMatch(p -> p.code().equals("review-files-disagree")));
  }

  @Test
  void anUnreadableCopyLeavesTheLedgerAsItWasUntilItCanBeRead() throws Exception {
    Files.copy(
        edited("x.xlsx", Map.of("Anna Berg", edit("REMOVE", null, null))),
        out.resolve("erste.xlsx"));
    run(DAY2);
    byte[] ledgerBefore = Files.readAllBytes(out.resolve("reasons.csv"));
    Path broken = out.resolve("Kopie von kontaktcharta.ods");
    SavedCopy.ods(edited("y.xlsx", Map.of("Bernd Brot", edit("REMOVE", null, null))), broken);
    byte[] whole = Files.readAllBytes(broken);
    Files.write(broken, java.util.Arrays.copyOf(whole, whole.length / 3));
    Path good = out.resolve("zweite.xlsx");
    Files.copy(edited("z.xlsx", Map.of("Clara Chef", edit("REMOVE", null, null))), good);

    AnalyseResult next = run(DAY3);

    Problem error =
        next.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow(() -> new AssertionError(next.problems().toString()));
    assertEquals("previous-report-unreadable", error.code());
    assertTrue(error.source().file().endsWith("Kopie von kontaktcharta.ods"), error.toString());
    String text = English.text(error.message());
    assertFalse(text.matches(".*[A-Z][a-z]+(Exception|Error).*"), text);
    assertTrue(next.inputErrors(), "exit code 3");
    assertArrayEquals(ledgerBefore, Files.readAllBytes(out.resolve("reasons.csv")));
    assertTrue(next.problems().stream().anyMatch(p -> p.code().equals("ledger-not-updated")));

    // fixed: saved again whole, the next run takes both copies in
    SavedCopy.ods(edited("y.xlsx", Map.of("Bernd Brot", edit("REMOVE", null, null))), broken);
    run(DAY3);
    assertEquals("REMOVE", ledger().get("Bernd Brot").get(1));
    assertEquals("REMOVE", ledger().get("Clara Chef").get(1));
  }

  @Test
  void copiesOlderThanTheLedgerAreNotReadAgain() throws Exception {
    Files.copy(
        edited("x.xlsx", Map.of("Anna Berg", edit("REMOVE", null, null))),
        out.resolve("erste.xlsx"));
    run(DAY2);
    Path stale = out.resolve("alt.xlsx");
    Files.copy(edited("y.xlsx", Map.of("Anna Berg", edit("KEEP", null, null))), stale);
    saved(stale, 3600);

    AnalyseResult next = run(DAY3);

    assertEquals("REMOVE", ledger().get("Anna Berg").get(1));
    assertTrue(
        next.inputs().stream().noneMatch(i -> i.file().endsWith("alt.xlsx")),
        next.inputs().toString());
  }

  @Test
  void theLedgerKeepsTheFirstDayAndTheHistoryEveryChange() throws Exception {
    Files.copy(
        edited("x.xlsx", Map.of("Anna Berg", edit("KEEP", "Kunde", null))), out.resolve("a.xlsx"));
    Path report2 = run(DAY2).reports().get(OutputFormat.XLSX);
    Map<String, String[]> change = Map.of(ids.get("Anna Berg"), edit("entfernen", null, "-"));
    SavedCopy.xlsx(report2, "Kontakte", change, out.resolve("b.xlsx"));
    run(DAY3);

    assertEquals(
        List.of("CLIENT", "REMOVE", "", DAY2.toString(), DAY3.toString()),
        ledger().get("Anna Berg"));
    List<String> history = new ArrayList<>();
    for (CSVRecord r : csv(out.resolve("reasons-history.csv"))) {
      history.add(
          String.join(
              " ",
              r.get("Changed"),
              r.get("Name"),
              r.get("Field"),
              r.get("Before"),
              r.get("After")));
      assertFalse(r.get("Source").isBlank(), "the row the change came from");
    }
    assertEquals(
        List.of(
            DAY2 + " Anna Berg Reason  CLIENT",
            DAY2 + " Anna Berg Decision  KEEP",
            DAY3 + " Anna Berg Decision KEEP REMOVE"),
        history);
  }

  @Test
  void lockFilesAndTheLedgersOwnFilesAreNoReviews() throws Exception {
    Files.writeString(out.resolve("~$kontaktcharta.xlsx"), "owner file");
    Files.writeString(out.resolve(".~lock.kontaktcharta.ods#"), "lock");
    Files.writeString(out.resolve("notizen.txt"), "meine Notizen, keine Tabelle");

    AnalyseResult next = run(DAY2);

    assertFalse(next.inputErrors(), next.problems().toString());
  }
}
