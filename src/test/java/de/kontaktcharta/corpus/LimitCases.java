package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.direct;
import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.cli.CliRunner;
import de.kontaktcharta.review.PreviousReportReader;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;

/**
 * Issue 20's limits of a run: a run that finds nothing, dates and sizes far outside what a contact
 * network has, and report numbers beyond the ordinary.
 */
final class LimitCases {

  /** A meeting with Anna Berg in 1850: a slip of the year, as calendars keep them. */
  static final String OLD_MEETING =
      String.join(
          "\r\n",
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//Kontaktcharta corpus//EN",
          "BEGIN:VEVENT",
          "UID:treffen-1850@example.org",
          "DTSTAMP:20261101T000000Z",
          "DTSTART:18500301T100000Z",
          "DTEND:18500301T110000Z",
          "SUMMARY:Kennenlernen",
          "ORGANIZER;CN=Ida Ich:mailto:ida@example.org",
          "ATTENDEE;CN=Anna Berg:mailto:anna@example.org",
          "END:VEVENT",
          "END:VCALENDAR",
          "");

  private LimitCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "a-run-that-finds-nothing-writes-nothing-and-exits-5",
            w -> {
              // a ledger and a report of an earlier run: neither may change
              w.text("out/reasons.csv", "Contact ID,Key,Name,Reason,Decision,Note,Recorded\r\n");
              w.bytes("out/kontaktcharta-2026-11-01.xlsx", new byte[] {1, 2, 3});
              return List.of(arg(w.folder("leer")), arg(w.text("notizen.csv", "nur Text\n")));
            },
            Expected.exit(5)
                .readAlone()
                .check(
                    o -> {
                      assertTrue(o.stderr().contains("nothing to analyse"), o::describe);
                      assertTrue(o.stderr().contains("no report written"), o::describe);
                      assertEquals(
                          "Contact ID,Key,Name,Reason,Decision,Note,Recorded\r\n",
                          Files.readString(o.workspace().out().resolve("reasons.csv")));
                      assertArrayEquals(
                          new byte[] {1, 2, 3},
                          Files.readAllBytes(
                              o.workspace().out().resolve("kontaktcharta-2026-11-01.xlsx")));
                    })),
        direct(
            "today-far-outside-the-years-of-a-network-is-a-command-line-error", LimitCases::today),
        run(
            "a-charter-file-over-a-megabyte-is-a-charter-error",
            w -> {
              StringBuilder comments = new StringBuilder();
              while (comments.length() <= 1 << 20) {
                comments.append("# eine lange Bemerkung zur Charta, Zeile um Zeile\n");
              }
              return List.of(
                  "--charter",
                  arg(w.text("charta.yaml", comments.toString())),
                  arg(w.text("Connections.csv", FileSystemCases.ONE_CONNECTION)));
            },
            Expected.exit(2)
                .check(o -> assertTrue(o.stderr().contains("larger than 1024 KB"), o::describe))),
        run(
            "an-endless-charter-file-is-a-charter-error",
            w -> {
              Assumptions.assumeTrue(new File("/dev/zero").canRead(), "needs /dev/zero");
              return List.of(
                  "--charter",
                  "/dev/zero",
                  arg(w.text("Connections.csv", FileSystemCases.ONE_CONNECTION)));
            },
            Expected.exit(2)
                .check(o -> assertTrue(o.stderr().contains("/dev/zero: error:"), o::describe))),
        run(
            "dates-before-1900-are-written-as-text",
            w ->
                List.of(
                    arg(w.text("Connections.csv", FileSystemCases.ONE_CONNECTION)),
                    arg(w.text("termine.ics", OLD_MEETING))),
            Expected.exit(0)
                .check(
                    o -> {
                      noDateCellBefore1900(o.report());
                      String evidence = o.workbook().table("Evidence").toString();
                      assertTrue(evidence.contains("1850"), evidence);
                    })),
        direct("the-report-numbered-999999-does-not-hide-the-newest", LimitCases::numbering));
  }

  /** {@code --today} a billion years ahead, and before the first computer networks. */
  private static void today(Workspace w) throws Exception {
    Path input = w.text("Connections.csv", FileSystemCases.ONE_CONNECTION);
    for (String day : List.of("+999999999-12-31", "1850-01-01", "2201-01-01")) {
      StringWriter err = new StringWriter();
      int exit =
          CliRunner.run(
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true),
              "analyse",
              "--out",
              w.out().toString(),
              "--today",
              day,
              arg(input));
      assertEquals(2, exit, err::toString);
      assertTrue(err.toString().contains("1990-01-01 … 2200-12-31"), err::toString);
      assertEquals(Set.of(), CorpusRunner.listing(w.out()), "nothing written");
    }
  }

  /**
   * A report numbered 999,999 of a run with Ben, then a run with Anna, then one with Anna and Carl:
   * the third must compare with the second, the newest, whose number (1,000,000) sorts before
   * 999,999 as text. Compared with it, only Carl is missing (he was connected before it), and
   * nobody is gone; compared with Ben's, Anna and Carl would be missing and Ben gone.
   */
  private static void numbering(Workspace w) throws Exception {
    Outcome ben = analyse(w, "ben.csv", connection("Ben", "Kurz", "Beta"));
    // reports are named by the day they are written on
    String day = ben.report().getFileName().toString().substring(14, 24);
    Files.move(ben.report(), w.out().resolve("kontaktcharta-" + day + "-999999.xlsx"));
    Outcome anna = analyse(w, "anna.csv", connection("Anna", "Berg", "ACME"));
    assertEquals("kontaktcharta-" + day + "-1000000.xlsx", anna.report().getFileName().toString());
    assertEquals(
        Optional.of(anna.report()),
        new PreviousReportReader().newest(w.out(), LocalDate.parse(day)));
    Outcome third =
        analyse(
            w, "beide.csv", connection("Anna", "Berg", "ACME"), connection("Carl", "Dorn", "C"));
    List<Map<String, String>> missing =
        third.problems(anna.report().toString(), "previous-rows-missing");
    assertEquals(1, missing.size(), () -> third.problems().toString());
    String detail = missing.get(0).get("Detail");
    assertTrue(detail.startsWith("1 contacts") && detail.contains("Carl Dorn"), detail);
    String changed = third.workbook().table("Changes").toString();
    assertTrue(!changed.contains("Ben Kurz") && !changed.contains("Anna Berg"), changed);
  }

  private static Outcome analyse(Workspace w, String name, String... rows) throws Exception {
    Outcome o = CorpusRunner.analyse(w, List.of(arg(w.text(name, connections(rows)))));
    assertEquals(0, o.exit(), o::describe);
    return o;
  }

  /** Every date cell of the workbook holds a day a spreadsheet can show (1900-01-01 or later). */
  static void noDateCellBefore1900(Path report) throws Exception {
    try (Workbook book = new XSSFWorkbook(report.toFile())) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
              assertTrue(
                  cell.getNumericCellValue() >= 1,
                  () -> sheet.getSheetName() + "!" + cell.getAddress() + " " + cell);
            }
          }
        }
      }
    }
  }
}
