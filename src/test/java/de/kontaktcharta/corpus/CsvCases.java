package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.CorpusCase.textInput;
import static de.kontaktcharta.corpus.Exports.CONNECTIONS_HEADER;
import static de.kontaktcharta.corpus.Exports.PREAMBLE;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text tables whose structure is broken: quotes, headers, field counts, line ends. */
final class CsvCases {

  /** Dates as spreadsheets, databases and typing slips leave them; none is a real date. */
  static final List<String> WRONG_DATES =
      List.of(
          "31 Feb 2024",
          "2024-13-01",
          "2024-02-30",
          "13/13/13",
          "00/00/00",
          "0000-00-00",
          "0000-01-01",
          "1899-12-30",
          "01 Jan 20244",
          "30.02.2024",
          "32 Dec 2024",
          "01 Foo 2024",
          "Jan 2024",
          "01.01.",
          "1/2/3",
          "yesterday",
          "gestern",
          "1e5",
          "99999",
          "-1",
          "9999999999999999999",
          "+2024-01-01",
          "2024/02/30 10:00:00 UTC",
          "Tue Feb 30 14:33:11 UTC 2022",
          "12/45/24, 7:47 AM",
          "٢٠٢٤-٠١-٠١",
          "２０２４-０１-０１",
          "#DIV/0!",
          "=TODAY()");

  private CsvCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "unbalanced-quote",
            textInput(
                "unbalanced.csv",
                connections(
                    connection("Anna", "Berg", "ACME"),
                    "Ben,\"Kurz,,,,,16 Dec 2024",
                    connection("Carl", "Dorn", "Bau AG"))),
            Expected.exit(0)
                .rows("unbalanced.csv", 3, 2, 1)
                .problem("unbalanced.csv:6", "malformed-row")),
        run(
            "quote-in-unquoted-field",
            textInput(
                "quote.csv",
                connections(
                    connection("Anna", "Ber\"g", "ACME"), connection("Ben", "Kurz", "12\" Pizza"))),
            Expected.exit(0)
                .rows("quote.csv", 2, 2, 0)
                .check(o -> assertEquals("Anna Ber\"g", o.contacts().get(0).get("Name")))),
        run(
            "text-after-a-closing-quote-twice",
            textInput(
                "c.csv",
                connections(
                    connection("Anna", "Berg", ""),
                    "Ben,\"Kurz\"x,,,,,16 Dec 2024",
                    connection("Carl", "Dorn", ""),
                    "Dora,\"Ernst\"y,,,,,16 Dec 2024",
                    "Emil,\"unclosed,,,,,16 Dec 2024",
                    connection("Fritz", "Gans", ""))),
            Expected.exit(0)
                .rows("c.csv", 6, 3, 3)
                .problem("c.csv:6", "malformed-row")
                .problem("c.csv:8", "malformed-row")
                .problem("c.csv:9", "malformed-row")
                .check(
                    o -> {
                      // after a restart the parser's own line count starts again: only ours counts
                      List<String> details =
                          o.problems().stream().map(p -> p.get("Detail")).toList();
                      assertTrue(
                          details.stream().noneMatch(d -> d.matches(".*line:? \\d.*")),
                          details::toString);
                      assertEquals(
                          2,
                          details.stream()
                              .filter(d -> d.contains("after the closing quote"))
                              .count());
                      assertTrue(details.stream().anyMatch(d -> d.contains("never closed")));
                    })),
        run(
            "rows-of-only-delimiters",
            textInput(
                "c.csv",
                connections(connection("Anna", "Berg", ""), ",,,,,,", ";;;;", "", ",,,,,,")),
            Expected.exit(0)
                .rows("c.csv", 4, 1, 3)
                .problem("c.csv:6", "empty-row")
                .problem("c.csv:7", "malformed-row")
                .problem("c.csv:9", "empty-row")),
        run(
            "header-only",
            w -> List.of(arg(w.text("Connections.csv", connections()))),
            Expected.exit(0)
                .rows("Connections.csv", 0, 0, 0)
                .problem("Connections.csv", "no-rows")),
        run(
            "empty-file",
            w -> List.of(arg(w.bytes("Connections.csv", new byte[0]))),
            Expected.exit(3).problem("Connections.csv", "input-unknown").unread("Connections.csv")),
        run(
            "linkedin-preamble-only",
            w -> List.of(arg(w.text("Connections.csv", PREAMBLE))),
            Expected.exit(3).problem("Connections.csv", "input-unknown").unread("Connections.csv")),
        run(
            "duplicate-and-empty-header-names",
            textInput(
                "kontakte.csv",
                "Vorname,Nachname,Firma,Firma,,E-Mail,\n"
                    + "Anna,Berg,ACME,ACME Holding,Vertrieb,anna@acme.de,\n"
                    + "Ben,Kurz,Bau AG,,,ben@bau.de,\n"),
            Expected.exit(0)
                .rows("kontakte.csv", 2, 2, 0)
                .problem("kontakte.csv:1", "duplicate-column")
                .problem("kontakte.csv:2", "unnamed-column")
                .check(
                    o ->
                        assertTrue(
                            o.problems("kontakte.csv:1", "duplicate-column")
                                .get(0)
                                .get("Detail")
                                .contains("'Firma' (columns 3, 4); only column 3 is read")))),
        run(
            "missing-required-columns",
            w -> List.of(arg(w.text("names.csv", "First Name,Company,Position\nAnna,ACME,CEO\n"))),
            Expected.exit(3).problem("names.csv", "input-unknown").unread("names.csv")),
        run(
            "missing-required-column-given-with-as",
            w ->
                List.of(
                    "--as",
                    "linkedin-connections=" + w.path("c.csv"),
                    arg(w.text("c.csv", "First Name,Last Name,Company\nAnna,Berg,ACME\n"))),
            Expected.exit(3).problem("c.csv", "input-unknown").unread("c.csv")),
        run(
            "extra-columns",
            textInput(
                "kontakte.csv",
                "Vorname;Nachname;Firma;Lieblingsfarbe;Schuhgröße;Notiz\n"
                    + "Anna;Berg;ACME;blau;38;kennt Ben\n"),
            Expected.exit(0)
                .rows("kontakte.csv", 1, 1, 0)
                .check(o -> assertEquals("ACME", o.contacts().get(0).get("Company")))),
        run(
            "too-many-fields",
            textInput(
                "c.csv",
                connections(
                    connection("Anna", "Berg", "ACME") + ",extra,more",
                    connection("Ben", "Kurz", ""))),
            Expected.exit(0).rows("c.csv", 2, 1, 1).problem("c.csv:5", "malformed-row")),
        run(
            "too-few-fields",
            textInput("c.csv", connections("Anna,Berg,,", connection("Ben", "Kurz", ""))),
            Expected.exit(0).rows("c.csv", 2, 1, 1).problem("c.csv:5", "malformed-row")),
        run(
            "short-rows-in-a-hand-made-list",
            textInput(
                "kontakte.csv",
                "Vorname,Nachname,Firma,E-Mail\nAnna,Berg\nBen,Kurz,ACME,ben@acme.de\n"),
            Expected.exit(0).rows("kontakte.csv", 2, 2, 0).problem("kontakte.csv:2", "short-rows")),
        run(
            "crlf-inside-quoted-field",
            textInput(
                "c.csv",
                (CONNECTIONS_HEADER
                    + "\r\n"
                    + "Anna,Berg,,,\"ACME\r\nBerlin\",\"Chief\nOfficer\",16 Dec 2024\r\n"
                    + "Ben,\"Kurz\"x,,,,,16 Dec 2024\r\n"
                    + connection("Carl", "Dorn", ""))),
            Expected.exit(0)
                .rows("c.csv", 3, 2, 1)
                .problem("c.csv:5", "malformed-row")
                .check(
                    o ->
                        assertEquals(
                            "ACME\r\nBerlin".replace("\r\n", "\n"),
                            o.contacts().get(0).get("Company").replace("\r\n", "\n")))),
        run(
            "mixed-line-endings",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER
                    + "\r"
                    + connection("Anna", "Berg", "")
                    + "\n"
                    + connection("Ben", "Kurz", "")
                    + "\r\n"
                    + "Carl,\"Dorn\"x,,,,,16 Dec 2024\r"
                    + connection("Dora", "Ernst", "")),
            Expected.exit(0).rows("c.csv", 4, 3, 1).problem("c.csv:4", "malformed-row")),
        run(
            "header-in-line-30",
            textInput(
                "kunden.csv",
                "Export der Kundendatenbank\n".repeat(29)
                    + "Vorname;Nachname;Firma;Status\n"
                    + "Anna;Berg;ACME;Kunde\n"),
            Expected.exit(0)
                .rows("kunden.csv", 1, 1, 0)
                .check(
                    o ->
                        assertTrue(
                            o.inputs("kunden.csv").get(0).format().contains("header in line 30"),
                            o.inputs().toString()))),
        run(
            "header-beyond-the-search-window",
            textInput(
                "kunden.csv",
                "Export der Kundendatenbank\n".repeat(45)
                    + "Vorname;Nachname;Firma;Status\n"
                    + "Anna;Berg;ACME;Kunde\n"),
            Expected.exit(3).problem("kunden.csv", "input-unknown").unread("kunden.csv")),
        run(
            "csv-with-10000-columns",
            w -> {
              StringBuilder header = new StringBuilder("Vorname,Nachname");
              StringBuilder row = new StringBuilder("Anna,Berg");
              for (int i = 0; i < 9_998; i++) {
                header.append(",Spalte ").append(i).append(" mit einem langen Namen");
                row.append(",v").append(i);
              }
              return List.of(arg(w.text("breit.csv", header + "\n" + row + "\n")));
            },
            Expected.exit(0).rows("breit.csv", 1, 1, 0)),
        run(
            "only-blank-lines",
            w -> List.of(arg(w.text("c.csv", "\n\r\n   \n\t\n"))),
            Expected.exit(3).problem("c.csv", "input-unknown").unread("c.csv")),
        run(
            "only-a-byte-order-mark",
            w -> List.of(arg(w.bytes("c.csv", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}))),
            Expected.exit(3).problem("c.csv", "input-unknown").unread("c.csv")),
        run(
            "pdf-renamed-to-csv",
            w -> List.of(arg(w.text("Connections.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))),
            Expected.exit(3).problem("Connections.csv", "input-unknown")),
        run(
            "html-page-saved-as-csv",
            textInput(
                "Connections.csv",
                "<!DOCTYPE html>\n<html><head><title>LinkedIn Login</title></head>\n"
                    + "<body><p>Sign in</p></body></html>\n"),
            Expected.exit(3).problem("Connections.csv", "input-unknown")),
        run(
            "semicolons-and-windows-1252-from-german-excel",
            textInput(
                "Kontakte.csv",
                "Vorname;Nachname;Firma;Position\r\nJürgen;Müller;Bäckerei Groß;Inhaber\r\n",
                java.nio.charset.Charset.forName("windows-1252")),
            Expected.exit(0)
                .rows("Kontakte.csv", 1, 1, 0)
                .check(o -> assertEquals("Bäckerei Groß", o.contacts().get(0).get("Company")))),
        run(
            "utf-16-tab-separated-with-bom",
            textInput(
                "Connections.csv",
                "\ufeff\"First Name\"\t\"Last Name\"\t\"Connected On\"\r\n"
                    + "\"Jürgen\"\t\"Müller\"\t\"16 Dec 2024\"\r\n",
                StandardCharsets.UTF_16LE),
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .check(o -> assertEquals("Jürgen Müller", o.contacts().get(0).get("Name")))),
        run(
            "dates-in-every-wrong-shape",
            w -> {
              StringBuilder rows = new StringBuilder();
              for (int i = 0; i < WRONG_DATES.size(); i++) {
                rows.append("P")
                    .append(i)
                    .append(",Q,,,,,\"")
                    .append(WRONG_DATES.get(i))
                    .append("\"\n");
              }
              StringBuilder log = new StringBuilder("Name,E-Mail,Datum,Kanal\n");
              for (int i = 0; i < WRONG_DATES.size(); i++) {
                log.append("P").append(i).append(" Q,p").append(i).append("@example.de,\"");
                log.append(WRONG_DATES.get(i)).append("\",Telefon\n");
              }
              return List.of(
                  arg(w.text("Connections.csv", connections() + rows)),
                  arg(w.text("austausch.csv", log.toString())));
            },
            Expected.exit(0)
                // a connection keeps its row with the date left empty; an interaction needs its
                // date
                .rows("Connections.csv", WRONG_DATES.size(), WRONG_DATES.size(), 0)
                .rows("austausch.csv", WRONG_DATES.size(), 0, WRONG_DATES.size())
                .check(
                    o -> {
                      for (int i = 0; i < WRONG_DATES.size(); i++) {
                        int line = 5 + i;
                        String date = WRONG_DATES.get(i);
                        assertEquals(
                            1,
                            o.problems("Connections.csv:" + line, "bad-date").size(),
                            () -> "Connected On '" + date + "' noted on line " + line);
                        assertEquals(
                            1,
                            o.problems("austausch.csv:" + (i + 2), "bad-date").size(),
                            () -> "interaction dated '" + date + "' skipped");
                      }
                    })),
        run(
            "a-missing-input-is-a-command-line-error-and-nothing-is-written",
            w -> List.of(arg(w.path("gibt-es-nicht.csv"))),
            Expected.exit(2)
                .check(
                    o -> {
                      assertEquals(
                          "error: "
                              + o.workspace().path("gibt-es-nicht.csv")
                              + ": no such file or folder; nothing was read or written",
                          o.stderr().strip());
                      assertFalse(
                          java.nio.file.Files.exists(o.workspace().out()), "no output folder");
                    })));
  }
}
