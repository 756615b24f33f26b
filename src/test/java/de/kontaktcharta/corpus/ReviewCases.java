package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.FileSystemCases.ONE_CONNECTION;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The review round trip: earlier reports and the reasons ledger as users leave them. */
final class ReviewCases {

  /** A ledger edited by hand: one good row, one without a person, one with a stray quote. */
  private static final String BROKEN_LEDGER =
      "Contact ID,Key,Name,Reason,Decision,Note,Recorded\r\n"
          + "C-0000000001,,Carl Dorn,CLIENT,KEEP,Rahmenvertrag,2026-01-02\r\n"
          + ",,,MET,,nur eine Notiz,\r\n"
          + "C-0000000002,,\"Dora\" Ernst,MET,KEEP,,2026-01-03\r\n";

  private static final String GOOD_LEDGER =
      "Contact ID,Key,Name,Reason,Decision,Note,Recorded\r\n"
          + "C-0000000001,,Carl Dorn,CLIENT,KEEP,Rahmenvertrag,2026-01-02\r\n";

  private ReviewCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "formula-injection-in-the-ledger",
            w -> {
              List<String> inputs = List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
              Outcome first = CorpusRunner.analyse(w, inputs);
              assertEquals(0, first.exit(), first::describe);
              review(first.report(), "KEEP", "MET", "=HYPERLINK(\"http://evil.example\")");
              return inputs;
            },
            Expected.exit(0)
                .check(
                    o -> {
                      String ledger =
                          Files.readString(
                              o.workspace().out().resolve("reasons.csv"), StandardCharsets.UTF_8);
                      assertTrue(ledger.contains("'=HYPERLINK"), ledger);
                      assertTrue(!ledger.contains(",=HYPERLINK"), ledger);
                      assertEquals(
                          "=HYPERLINK(\"http://evil.example\")",
                          o.contacts().get(0).get("Note"),
                          "read back as written");
                    })),
        run(
            "earlier-report-re-saved-without-the-review-columns",
            w -> {
              List<String> inputs = List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
              Outcome first = CorpusRunner.analyse(w, inputs);
              assertEquals(0, first.exit(), first::describe);
              review(first.report(), "KEEP", "MET", "Messe 2026");
              withoutReviewColumns(first.report());
              return inputs;
            },
            Expected.exit(0)
                .check(
                    o ->
                        assertTrue(
                            o.problems().stream()
                                .anyMatch(
                                    p ->
                                        p.get("Code").equals("previous-report-without-review")
                                            && Outcome.source(p)
                                                .matches(".*/kontaktcharta-[-\\d]+\\.xlsx")),
                            o.problems()::toString))
                .check(
                    o ->
                        assertTrue(
                            !Files.exists(o.workspace().out().resolve("reasons.csv")),
                            "nothing to take over, no ledger written"))),
        run(
            "reasons-ledger-with-broken-rows",
            w -> {
              List<String> inputs = List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
              Outcome first = CorpusRunner.analyse(w, inputs);
              assertEquals(0, first.exit(), first::describe);
              // the ledger first: a review counts when it was saved after the ledger's last change,
              // and the other order passed only when both writes fell into one clock tick
              Files.writeString(
                  w.out().resolve("reasons.csv"), BROKEN_LEDGER, StandardCharsets.UTF_8);
              review(first.report(), "KEEP", "MET", "Messe 2026");
              return inputs;
            },
            Expected.exit(0)
                .problem("reasons.csv:3", "missing-person")
                .problem("reasons.csv:4", "malformed-row")
                .problem("reasons.csv", "ledger-not-updated")
                .check(
                    o -> {
                      assertEquals(
                          BROKEN_LEDGER,
                          Files.readString(
                              o.workspace().out().resolve("reasons.csv"), StandardCharsets.UTF_8),
                          "the ledger keeps the rows it could not read");
                      assertEquals("Messe 2026", o.contacts().get(0).get("Note"), "in the report");
                    })),
        run(
            "reasons-ledger-that-cannot-be-replaced",
            w -> {
              List<String> inputs = List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
              Outcome first = CorpusRunner.analyse(w, inputs);
              assertEquals(0, first.exit(), first::describe);
              Files.writeString(
                  w.out().resolve("reasons.csv"), GOOD_LEDGER, StandardCharsets.UTF_8);
              // the ledger was last brought up to date before the review was saved, whatever
              // the clock's resolution: the review is there to be taken in
              olderThanTheReview(w.out().resolve("reasons.csv"), first.report());
              // the ledger is older than the review saved after it, whatever the clock's
              // resolution: the next run takes the review in and has a ledger to write
              Files.setLastModifiedTime(
                  w.out().resolve("reasons.csv"),
                  java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
              review(first.report(), "KEEP", "MET", "Messe 2026");
              // a folder where the ledger's backup goes: the ledger cannot be replaced safely
              w.text("out/reasons.csv.bak/keep.txt", "x");
              return inputs;
            },
            Expected.exit(4)
                .check(
                    o -> {
                      assertTrue(Files.isRegularFile(o.report()), "the report is written");
                      assertTrue(
                          o.stderr()
                              .startsWith(
                                  "error: could not write the reasons ledger "
                                      + o.workspace().out().resolve("reasons.csv")
                                      + ": a folder is in the way"),
                          o.stderr());
                      assertEquals(
                          GOOD_LEDGER,
                          Files.readString(
                              o.workspace().out().resolve("reasons.csv"), StandardCharsets.UTF_8));
                    })),
        run(
            "reasons-ledger-re-saved-by-german-excel",
            w -> {
              w.text(
                  "out/reasons.csv",
                  "Kontakt-ID;Name;Grund;Entscheidung;Notiz;Datum\r\n"
                      + ";Anna Berg;MET;KEEP;Messe in Köln;02.01.2026\r\n",
                  java.nio.charset.Charset.forName("windows-1252"));
              return List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .check(
                    o -> {
                      assertEquals("Justified", o.contacts().get(0).get("Status"));
                      assertTrue(
                          o.contacts().get(0).get("Why").contains("Köln")
                              || o.workbook().tsv("Evidence").contains("Köln"),
                          "the note as written");
                    })),
        run(
            "earlier-report-that-is-no-workbook",
            w -> {
              w.text("out/kontaktcharta-2026-11-01.xlsx", "Vorname,Nachname\n");
              return List.of(arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            Expected.exit(3)
                .rows("Connections.csv", 1, 1, 0)
                .problem("kontaktcharta-2026-11-01.xlsx", "previous-report-unreadable")));
  }

  /** Removes the Decision, Reason and Note columns of every sheet, as a user may re-save it. */
  static void withoutReviewColumns(Path report) throws IOException {
    Workbook book;
    try (InputStream in = Files.newInputStream(report)) {
      book = new XSSFWorkbook(in);
    }
    try (book) {
      for (Sheet sheet : book) {
        Row header = sheet.getRow(0);
        if (header == null) {
          continue;
        }
        if (header.getCell(0) == null || header.getCell(0).toString().isEmpty()) {
          // the row of group headings ("Your decision") stands above the header
          header = sheet.getRow(1);
        }
        for (int c = 0; c < header.getLastCellNum(); c++) {
          if (header.getCell(c) != null
              && List.of("Decision", "Reason", "Note").contains(header.getCell(c).toString())) {
            for (Row row : sheet) {
              if (row.getCell(c) != null) {
                row.removeCell(row.getCell(c));
              }
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(report)) {
        book.write(out);
      }
    }
  }

  /**
   * Fills the review columns of the first contact, as a user does in Excel, and saves the report in
   * place.
   */
  private static void olderThanTheReview(Path ledger, Path review) throws IOException {
    long saved = Files.getLastModifiedTime(review).toMillis();
    Files.setLastModifiedTime(ledger, FileTime.fromMillis(saved - 60_000));
  }

  static void review(Path report, String decision, String reason, String note) throws IOException {
    Workbook book;
    try (InputStream in = Files.newInputStream(report)) {
      book = new XSSFWorkbook(in);
    }
    try (book) {
      Sheet sheet = book.getSheet("Contacts");
      // row 0 holds the group heading "Your decision"
      Row header = sheet.getRow(1);
      Row first = sheet.getRow(2);
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String name = header.getCell(c).getStringCellValue();
        String value =
            switch (name) {
              case "Decision" -> decision;
              case "Reason" -> reason;
              case "Note" -> note;
              default -> null;
            };
        if (value != null) {
          first.createCell(c).setCellValue(value);
        }
      }
      try (OutputStream out = Files.newOutputStream(report)) {
        book.write(out);
      }
    }
  }
}
