package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.FileSystemCases.INVITATION;
import static de.kontaktcharta.corpus.Workspace.arg;
import static de.kontaktcharta.corpus.Workspace.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Inputs of issue 20, tried as a careful user and as an attacker would: damaged and crafted
 * workbooks and archives, lists beside a loose LinkedIn file, names that act on terminals or turn
 * text around.
 */
final class HostileCases {

  static final List<String> KUNDEN_HEADER = List.of("Vorname", "Nachname", "Firma");

  private HostileCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "a-damaged-xls-cell-costs-only-that-cell-not-the-workbook",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "kunden.xls",
                            Crafted.xlsWithCellPastItsStrings(
                                "Kunden",
                                List.of(
                                    KUNDEN_HEADER,
                                    List.of("Anna", "Berg", "ACME"),
                                    List.of("Ben", "Kurz", "Beta AG"),
                                    List.of("Carl", "Dorn", "Gamma")),
                                // the header's three texts, then Anna, Berg, ACME, Ben, Kurz, …
                                8)))),
            Expected.exit(0)
                .rows("kunden.xls!Kunden", 3, 3, 0)
                .problem("kunden.xls!Kunden:3", "damaged-cell")
                .check(
                    o ->
                        assertEquals(
                            "",
                            o.workbook().row("Contacts", "Name", "Ben Kurz").get("Company"),
                            "the damaged cell is read as empty"))),
        run(
            "a-broken-sheet-link-costs-only-that-sheet",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "kunden.xlsx",
                            Crafted.xlsxWithABrokenSheetLink(
                                List.of(KUNDEN_HEADER, List.of("Anna", "Berg", "ACME")),
                                List.of(KUNDEN_HEADER, List.of("Ben", "Kurz", "Beta")))))),
            Expected.exit(3)
                .rows("kunden.xlsx!Kunden", 1, 1, 0)
                .problem("kunden.xlsx!Archiv", "sheet-damaged")),
        run(
            "strict-open-xml-workbooks-are-read",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "kunden-strict.xlsx",
                            Crafted.strictXlsx(
                                "Kunden",
                                List.of(
                                    KUNDEN_HEADER,
                                    List.of("Anna", "Berg", "ACME"),
                                    List.of("Jürgen", "Müller", "Bäckerei")))))),
            Expected.exit(0)
                .rows("kunden-strict.xlsx!Kunden", 2, 2, 0)
                .check(
                    o ->
                        assertEquals(
                            "Bäckerei",
                            o.workbook().row("Contacts", "Name", "Jürgen Müller").get("Company")))),
        run(
            "a-zip-entry-name-falsely-flagged-utf-8-costs-nothing",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put("Connections.csv", utf8(connections(connection("Anna", "Berg", "A"))));
              entries.put("Kontakte-M?ller.csv", utf8("Vorname,Nachname\nBen,Kurz\n"));
              return List.of(arg(w.bytes("export.zip", Crafted.falselyFlaggedNames(entries))));
            },
            Expected.exit(0)
                .rows("export.zip!Connections.csv", 1, 1, 0)
                .rows("export.zip!Kontakte-Müller.csv", 1, 1, 0)
                .problem("export.zip!Kontakte-Müller.csv", "archive-entry-name")),
        run(
            "a-zip-whose-directory-points-two-thousand-names-at-one-entry",
            w -> {
              StringBuilder rows = new StringBuilder("Vorname,Nachname,Firma\n");
              for (int i = 0; rows.length() < 1 << 20; i++) {
                rows.append("Vorname").append(i).append(",Nachname,Firma\n");
              }
              byte[] zip = Crafted.overlappingEntries(utf8(rows.toString()), 2_000);
              return List.of(arg(w.bytes("bombe.zip", zip)));
            },
            Expected.exit(3)
                .problem("bombe.zip", "archive-overlapping-entries")
                .unread("bombe.zip!kontakte-00000.csv")),
        run(
            "a-list-beside-a-loose-linkedin-file-is-not-linkedins",
            w -> {
              StringBuilder late = new StringBuilder();
              for (int i = 1; i < 45; i++) {
                late.append("Kundenliste Stand ").append(i).append('\n');
              }
              late.append("Vorname;Nachname;Firma\nBen;Kurz;Beta\n");
              return List.of(
                  arg(w.text("Downloads/Connections.csv", FileSystemCases.ONE_CONNECTION)),
                  arg(w.text("Downloads/kunden.csv", late.toString())),
                  arg(w.text("Downloads/notizen.csv", "Telefonat mit Ben, Rückruf Montag\n")));
            },
            Expected.exit(3)
                .rows("Downloads/Connections.csv", 1, 1, 0)
                .problem("Downloads/kunden.csv", "input-unknown")
                .problem("Downloads/notizen.csv", "input-unknown")
                .unread("Downloads/kunden.csv")
                .unread("Downloads/notizen.csv")),
        run(
            "an-unknown-file-inside-a-linkedin-export-stays-part-of-it",
            w -> {
              String export = "Basic_LinkedInDataExport_11-20-2026/";
              w.text(export + "Connections.csv", FileSystemCases.ONE_CONNECTION);
              w.text(export + "Invitations.csv", INVITATION);
              w.text(export + "Profile.csv", "First Name,Last Name,Headline\nIda,Ich,Beraterin\n");
              w.text(
                  export + "Learning.csv", "Content Title,Content Type,Watched On\nX,Video,2024\n");
              return List.of(arg(w.path(export)));
            },
            Expected.exit(0)
                // a LinkedIn file without contact evidence is named, and read for nothing
                .rows("Learning.csv", 0, 0, 0)
                .check(
                    o ->
                        assertTrue(
                            o.inputs("Learning.csv").get(0).kind().contains("LinkedIn"),
                            o.inputs().toString()))),
        run(
            "control-characters-in-file-names-never-reach-a-report-cell",
            w -> {
              try {
                return List.of(
                    arg(w.text("Kon\ntakte\r\u001b[2K.csv", "Vorname,Nachname\nAnna,Berg\n")),
                    arg(w.text("No\ttizen\n.csv", "nur Text\n")));
              } catch (java.nio.file.InvalidPathException e) {
                Assumptions.abort("file system refuses such names: " + e);
                return List.of();
              }
            },
            Expected.exit(3)
                .rows("Kon?takte??[2K.csv", 1, 1, 0)
                .problem("No?tizen?.csv", "input-unknown")
                .check(HostileCases::noControlCharacterInAnyCell)),
        run(
            "right-to-left-overrides-in-names-are-stripped-in-the-report",
            w ->
                List.of(
                    arg(
                        w.text(
                            "Connections.csv",
                            connections(
                                connection("Anna", "\u202Egreb\u202C", "\u2067ACME\u2069"))))),
            Expected.exit(0)
                .check(
                    o -> {
                      Map<String, String> anna = o.contacts().get(0);
                      assertEquals("Anna greb", anna.get("Name"));
                      assertEquals("ACME", anna.get("Company"));
                    })
                .readAlone()));
  }

  /** Not one cell of the report holds a control character other than a line break in a text. */
  private static void noControlCharacterInAnyCell(Outcome o) {
    for (String sheet : o.workbook().sheetNames()) {
      for (List<String> row : o.workbook().rows(sheet)) {
        for (String cell : row) {
          assertFalse(
              cell.chars().anyMatch(c -> c < 0x20 && c != '\n'),
              () -> sheet + ": " + cell.replace("\u001b", "<ESC>"));
        }
      }
    }
    for (Map<String, String> p : o.problems()) {
      for (String column : List.of("File", "Detail")) {
        assertFalse(p.get(column).contains("\n"), () -> column + ": " + p);
      }
    }
  }
}
