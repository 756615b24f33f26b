package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.CorpusCase.textInput;
import static de.kontaktcharta.corpus.Exports.CONNECTIONS_HEADER;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Text in an encoding other than the one it claims or seems to have. */
final class EncodingCases {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EncodingCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "windows-1252-file",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER + "\n" + connection("Jürgen", "Müller", "Bäckerei"),
                WINDOWS_1252),
            Expected.exit(0)
                .rows("c.csv", 1, 1, 0)
                .check(o -> assertEquals("Jürgen Müller", o.contacts().get(0).get("Name")))
                .check(o -> assertTrue(o.problems().isEmpty(), o.problems().toString()))),
        run(
            "windows-1252-read-as-utf-8",
            w -> {
              // 2,000 plain rows fill the sniffing window: the file looks like UTF-8 until then
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              bytes.writeBytes(Workspace.utf8(CONNECTIONS_HEADER + "\n"));
              for (int i = 0; i < 2_000; i++) {
                bytes.writeBytes(Workspace.utf8(connection("P" + i, "Q" + i, "Firma " + i) + "\n"));
              }
              bytes.writeBytes(
                  (connection("Jürgen", "Müller", "Bäckerei") + "\n").getBytes(WINDOWS_1252));
              return List.of(arg(w.bytes("c.csv", bytes.toByteArray())));
            },
            Expected.exit(0)
                .rows("c.csv", 2_001, 2_001, 0)
                .problem("c.csv", "mixed-encoding")
                .check(o -> assertTrue(names(o).contains("Jürgen Müller"), "umlauts as written"))),
        run(
            "utf-8-read-as-windows-1252",
            w -> {
              // a Windows-1252 row first: the sniffer sees no UTF-8 and decides on Windows-1252
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              bytes.writeBytes(Workspace.utf8(CONNECTIONS_HEADER + "\n"));
              bytes.writeBytes(
                  (connection("Jürgen", "Müller", "Bäckerei") + "\n").getBytes(WINDOWS_1252));
              for (int i = 0; i < 2_000; i++) {
                bytes.writeBytes(Workspace.utf8(connection("P" + i, "Q" + i, "Firma " + i) + "\n"));
              }
              bytes.writeBytes(Workspace.utf8(connection("Jörg", "Maaß", "„Größe“ – 5 €") + "\n"));
              return List.of(arg(w.bytes("c.csv", bytes.toByteArray())));
            },
            Expected.exit(0)
                .rows("c.csv", 2_002, 2_002, 0)
                .problem("c.csv", "mixed-encoding")
                .check(
                    o -> {
                      assertTrue(names(o).contains("Jürgen Müller"), "Windows-1252 as written");
                      assertTrue(names(o).contains("Jörg Maaß"), "UTF-8 as written, not 'JÃ¶rg'");
                      assertTrue(
                          o.contacts().stream()
                              .anyMatch(c -> c.get("Company").equals("„Größe“ – 5 €")));
                    })),
        run(
            "utf-16le-without-bom",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER + "\r\n" + connection("Jürgen", "Müller", "Bäckerei"),
                StandardCharsets.UTF_16LE),
            Expected.exit(0)
                .rows("c.csv", 1, 1, 0)
                .check(o -> assertEquals("Jürgen Müller", o.contacts().get(0).get("Name")))),
        run(
            "utf-16be-without-bom",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER + "\n" + connection("Jürgen", "Müller", "Bäckerei"),
                StandardCharsets.UTF_16BE),
            Expected.exit(0)
                .rows("c.csv", 1, 1, 0)
                .check(o -> assertEquals("Jürgen Müller", o.contacts().get(0).get("Name")))),
        run(
            "byte-order-mark-in-the-middle",
            textInput(
                "c.csv",
                "\ufeff"
                    + CONNECTIONS_HEADER
                    + "\n"
                    + connection("Anna", "Berg", "ACME")
                    + "\n\ufeff"
                    + connection("Ben", "Kurz", "ACME")
                    + "\n"
                    + connection("Carl", "\ufeffDorn", "ACME")
                    + "\n"),
            Expected.exit(0)
                .rows("c.csv", 3, 3, 0)
                .check(
                    o ->
                        assertEquals(
                            List.of("Anna Berg", "Ben Kurz", "Carl Dorn"),
                            names(o).stream().sorted().toList()))
                .readAlone()),
        run(
            "nul-bytes",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER
                    + "\n"
                    + connection("Anna", "Be\u0000rg", "ACME")
                    + "\n\u0000\u0000\u0000\n"
                    + connection("Anna", "Berg", "ACME")
                    + "\n"),
            Expected.exit(0)
                .rows("c.csv", 2, 2, 0)
                .problem("c.csv:2", "control-characters")
                .check(
                    o -> {
                      // the same person twice: one ID, the second numbered, as without the NUL
                      List<String> ids =
                          o.contacts().stream().map(c -> c.get("Contact ID")).sorted().toList();
                      assertEquals(ids.get(0) + "-2", ids.get(1), ids::toString);
                    })
                .readAlone()),
        run(
            "control-characters-in-names",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER
                    + "\n"
                    + connection("\u001b[31mAnna\u001b[0m", "Berg\u0007", "AC\u0008ME")
                    + "\n"),
            Expected.exit(0)
                .rows("c.csv", 1, 1, 0)
                .problem("c.csv:2", "control-characters")
                .check(
                    o -> {
                      assertEquals("[31mAnna[0m Berg", o.contacts().get(0).get("Name"));
                      assertEquals("ACME", o.contacts().get(0).get("Company"));
                    })),
        run(
            "emoji-and-right-to-left-text",
            textInput(
                "c.csv",
                CONNECTIONS_HEADER
                    + "\n"
                    + connection("Anna 🚀", "Berg", "ACME 🌍")
                    + "\n"
                    + connection("שרה", "כהן", "חברה")
                    + "\n"
                    + connection("أحمد", "علي", "شركة")
                    + "\n"),
            Expected.exit(0)
                .rows("c.csv", 3, 3, 0)
                .check(
                    o ->
                        assertEquals(
                            java.util.Set.of("Anna 🚀 Berg", "שרה כהן", "أحمد علي"),
                            java.util.Set.copyOf(names(o))))
                .readAlone()));
  }

  static List<String> names(Outcome o) {
    return o.contacts().stream().map((Map<String, String> c) -> c.get("Name")).toList();
  }
}
