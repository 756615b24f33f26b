package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.RealWorld;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, messages on stderr, the summary on stdout. */
class MainTest {

  private static final Path REALWORLD = RealWorld.linkedIn();

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void versionGoesToStdoutAndExitsZero() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("charta "), out.toString());
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("Exit codes:"));
    assertTrue(out.toString().contains("analyse"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("analyse", "--no-such-option", "x"));
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
  }

  @Test
  void missingCommandIsAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString().startsWith("Fehler: kein Befehl angegeben"), err.toString());
    assertTrue(err.toString().contains("siehe: charta --help"), err.toString());
  }

  @Test
  void badLanguageDateAndKindAreUsageErrors() {
    assertEquals(2, run("analyse", "--lang", "fr", "--out", tmp.toString(), REALWORLD.toString()));
    assertTrue(err.toString().contains("--lang muss de oder en sein"), err.toString());
    assertEquals(2, run("analyse", "--today", "20.11.2026", REALWORLD.toString()));
    assertTrue(err.toString().contains("kein Datum der Form JJJJ-MM-TT"), err.toString());
    assertEquals(
        2, run("analyse", "--as", "nonsense=x.csv", "--out", tmp.toString(), REALWORLD.toString()));
    assertTrue(err.toString().contains("unbekannte Art „nonsense“"), err.toString());
  }

  @Test
  void analysesTheRealSamplesAndPrintsTheSummary() throws IOException {
    int code =
        run("analyse", "--out", tmp.toString(), "--today", "2024-12-16", REALWORLD.toString());
    assertEquals(0, code, err.toString());
    String summary = out.toString();
    assertTrue(summary.startsWith("Kontakte: 32 (begründet "), summary);
    assertTrue(summary.contains("Bericht: "), summary);
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".xlsx")).count());
    }
  }

  @Test
  void theSummaryAndTheErrorsSpeakEnglishWithLangEn() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just text\n");
    int code =
        run(
            "analyse",
            "--lang",
            "en",
            "--out",
            tmp.resolve("out").toString(),
            "--today",
            "2024-12-16",
            notes.toString(),
            REALWORLD.toString());
    assertEquals(3, code, err.toString());
    String summary = out.toString();
    assertTrue(summary.startsWith("contacts: 32 (justified "), summary);
    assertTrue(summary.contains("problems: "), summary);
    assertTrue(summary.contains("report: "), summary);
    assertTrue(
        err.toString().contains(notes + ": error: not recognised, not read: "), err.toString());
  }

  @Test
  void aMissingInputIsAUsageErrorAndNothingIsWritten() {
    Path missing = tmp.resolve("no-such-export");
    Path reports = tmp.resolve("out");
    int code =
        run("analyse", "--out", reports.toString(), missing.toString(), REALWORLD.toString());
    assertEquals(2, code);
    assertEquals(
        "Fehler: "
            + missing
            + ": Datei oder Ordner nicht gefunden; nichts wurde gelesen oder geschrieben",
        err.toString().strip());
    assertEquals("", out.toString());
    assertFalse(Files.exists(reports), "nothing written");
  }

  @Test
  void aMissingInputIsSaidInEnglishWithLangEn() {
    Path missing = tmp.resolve("no-such-export");
    int code =
        run(
            "analyse",
            "--lang",
            "en",
            "--out",
            tmp.resolve("out").toString(),
            missing.toString(),
            REALWORLD.toString());
    assertEquals(2, code);
    assertEquals(
        "error: " + missing + ": no such file or folder; nothing was read or written",
        err.toString().strip());
  }

  @Test
  void aRunThatFindsNothingWritesNoReportAndExitsFive() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("leer"));
    Path reports = tmp.resolve("out");
    assertEquals(5, run("analyse", "--out", reports.toString(), empty.toString()));
    assertTrue(
        err.toString()
            .contains(
                "Fehler: nichts auszuwerten: die Eingaben enthalten keinen Kontakt und keine"
                    + " Einladung (0 Dateien gelesen); kein Bericht geschrieben"),
        err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertFalse(Files.exists(reports.resolve("reasons.csv")), "the ledger is not touched");
    if (Files.exists(reports)) {
      try (Stream<Path> files = Files.list(reports)) {
        // the folder's lock file holds nothing and stays, so that runs take turns
        assertEquals(
            List.of(),
            files.filter(f -> !f.getFileName().toString().equals(".kontaktcharta.lock")).toList(),
            "no report written");
      }
    }
  }

  @Test
  void theExitFiveLineFollowsLang() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just text\n");
    assertEquals(
        5,
        run(
            "analyse",
            "--lang",
            "en",
            "--out",
            tmp.resolve("out").toString(),
            empty.toString(),
            notes.toString()));
    List<String> lines = err.toString().strip().lines().toList();
    assertEquals(2, lines.size(), err.toString());
    assertTrue(
        lines.get(0).startsWith(notes + ": error: not recognised, not read: "), lines::toString);
    assertEquals(
        "error: nothing to analyse: the inputs hold no contact and no invitation (0 files read, 1"
            + " not recognised or unreadable); no report written",
        lines.get(1));
  }

  @Test
  void explainNeedsInputsAfterItsQuery() {
    assertEquals(2, run("explain", "Anna Berg"));
    assertTrue(err.toString().contains("Fehler: explain braucht"), err.toString());
    assertEquals(2, run("explain", "--lang", "en", "Anna Berg"));
    assertTrue(err.toString().contains("error: explain needs the files"), err.toString());
  }

  @Test
  void anUnwritableOutputFolderExitsFour() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
    int code = run("analyse", "--out", blocker.resolve("reports").toString(), REALWORLD.toString());
    assertEquals(4, code, err.toString());
    assertTrue(err.toString().startsWith("Fehler: der Bericht "), err.toString());
    assertTrue(err.toString().contains("konnte nicht geschrieben werden"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void anInvalidCharterNamesFileAndLineAndExitsTwo() throws IOException {
    Path charter = tmp.resolve("charta.yaml");
    Files.writeString(
        charter, "title: Test\nthresholds:\n  soon_days: bald\n", StandardCharsets.UTF_8);
    int code =
        run(
            "analyse",
            "--charter",
            charter.toString(),
            "--out",
            tmp.toString(),
            REALWORLD.toString());
    assertEquals(2, code);
    assertTrue(
        err.toString().contains(charter + ":3: error: thresholds.soon_days must be a whole number"),
        err.toString());
  }

  @Test
  void verboseShowsTheStackTrace() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
    assertEquals(
        4,
        run(
            "analyse",
            "--verbose",
            "--out",
            blocker.resolve("r").toString(),
            REALWORLD.toString()));
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void initWritesTheDefaultCharterWhichAnalyseAccepts() throws IOException {
    Path charter = tmp.resolve("mein/charta.yaml");
    assertEquals(0, run("init", charter.toString()));
    String text = Files.readString(charter, StandardCharsets.UTF_8);
    assertTrue(
        text.contains("Kontakte schaden nur dem der keine hat".toLowerCase(java.util.Locale.ROOT)),
        text);
    assertEquals(
        0,
        run(
            "analyse",
            "--charter",
            charter.toString(),
            "--out",
            tmp.resolve("r").toString(),
            REALWORLD.toString()),
        err.toString());
  }

  /** An error in the command line is one line in the language asked for, and where the help is. */
  @Test
  void commandLineErrorsAreOneLineInTheLanguageAskedFor() {
    assertEquals(2, run("analyse", "--lang", "en", "--today", "20.11.2026", "x"));
    assertEquals(
        List.of(
            "error: invalid value for --today: '20.11.2026' is not a date of the form YYYY-MM-DD",
            "see: charta analyse --help"),
        err.toString().lines().toList());
    err.getBuffer().setLength(0);
    assertEquals(2, run("analyse", "--todya", "2026-11-20", "x"));
    assertEquals(
        List.of(
            "Fehler: unbekannte Option oder unbekanntes Argument: --todya (gemeint: --today?)",
            "siehe: charta analyse --help"),
        err.toString().lines().toList());
    err.getBuffer().setLength(0);
    assertEquals(2, run("analyse", "--lang=en"));
    assertTrue(err.toString().startsWith("error: missing: INPUT"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("analyse", "--lang", "en", "--format", "pdf", "x"));
    assertTrue(
        err.toString().startsWith("error: --format: unknown format 'pdf' (xlsx, csv, json)"),
        err.toString());
  }

  @Test
  void initNeverOverwrites() throws IOException {
    Path charter = Files.writeString(tmp.resolve("charta.yaml"), "mine");
    assertEquals(2, run("init", charter.toString()));
    assertEquals("mine", Files.readString(charter));
    assertTrue(err.toString().contains("gibt es schon"), err.toString());
  }

  @Test
  void failOnNoReasonExitsOneWhenContactsLackAReason() {
    String out1 = tmp.resolve("a").toString();
    assertEquals(
        1,
        run("analyse", "--quiet", "--fail-on", "no-reason", "--out", out1, REALWORLD.toString()));
    assertEquals("", out.toString(), "--quiet prints nothing on success");
    assertEquals(
        1, run("analyse", "--quiet", "--fail-on", "decline", "--out", out1, REALWORLD.toString()));
    assertEquals(0, run("analyse", "--quiet", "--out", out1, REALWORLD.toString()));
    assertEquals(2, run("analyse", "--fail-on", "sometimes", "--out", out1, REALWORLD.toString()));
  }

  @Test
  void csvAndJsonFormatsAreWrittenBesideTheWorkbook() throws IOException {
    Path dir = tmp.resolve("formats");
    assertEquals(
        0,
        run("analyse", "--format", "xlsx,csv,json", "--out", dir.toString(), REALWORLD.toString()),
        err.toString());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(
          3, names.stream().filter(n -> n.startsWith("kontaktcharta-")).count(), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.endsWith(".csv.zip")));
      assertTrue(names.stream().anyMatch(n -> n.endsWith(".json")));
    }
  }

  @Test
  void explainPrintsTheEvidenceTrail() {
    assertEquals(
        0,
        run("explain", "Taylor Proto", "--out", tmp.toString(), REALWORLD.toString()),
        err.toString());
    assertTrue(out.toString().contains("Taylor Proto  [C-"), out.toString());
    assertTrue(out.toString().contains("Connections.2024-12.redacted.csv:5"), out.toString());
    assertTrue(out.toString().contains("Status: Kein Grund (NO_REASON)"), out.toString());
  }

  @Test
  void explainFindsAContactByEmailAndByProfile() {
    for (String query :
        List.of("Felix@Sommer-IT.de", "https://www.linkedin.com/in/felix-sommer-itsec/")) {
      out.getBuffer().setLength(0);
      assertEquals(
          0,
          run("explain", query, "--out", tmp.toString(), "samples/linkedin"),
          query + ": " + err);
      assertTrue(out.toString().startsWith("Felix Sommer  [C-"), query + ": " + out);
      assertTrue(out.toString().endsWith(System.lineSeparator()), "ends with a line break");
    }
  }

  @Test
  void aPreviousReportThatIsNotThereIsAUsageError() {
    assertEquals(
        2,
        run(
            "analyse",
            "--previous",
            tmp.resolve("nope.xlsx").toString(),
            "--out",
            tmp.toString(),
            REALWORLD.toString()));
    assertTrue(err.toString().contains("keine solche Datei"), err.toString());
  }

  @Test
  void explainWithoutMatchExitsFiveNotTheFailOnCode() {
    assertEquals(
        5, run("explain", "Niemand Bekanntes", "--out", tmp.toString(), REALWORLD.toString()));
    assertTrue(
        err.toString().contains("kein Kontakt und keine Einladung passt zu „Niemand Bekanntes“"),
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        5,
        run(
            "explain",
            "--lang",
            "en",
            "Niemand Bekanntes",
            "--out",
            tmp.toString(),
            REALWORLD.toString()));
    assertTrue(err.toString().contains("no contact or invitation matches"), err.toString());
  }

  @Test
  void explainTakesNoFailOnAndDocumentsItsExitCodes() {
    assertEquals(
        2,
        run(
            "explain",
            "Anna",
            "--fail-on",
            "no-reason",
            "--out",
            tmp.toString(),
            REALWORLD.toString()));
    assertEquals(0, run("explain", "--help"));
    assertTrue(out.toString().contains("5    Nothing matched the query."), out.toString());
  }

  @Test
  void completionScriptIsGenerated() {
    assertEquals(0, run("generate-completion"));
    assertTrue(out.toString().contains("charta"), out.toString());
  }
}
