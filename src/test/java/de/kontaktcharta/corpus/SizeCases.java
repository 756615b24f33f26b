package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.CorpusCase.textInput;
import static de.kontaktcharta.corpus.Exports.CONNECTIONS_HEADER;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Inputs too long for a record, a cell or the patience of the parser. */
final class SizeCases {

  /** The size: one line of 50 MB. */
  static final int FIFTY_MB = 50 << 20;

  private SizeCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "a-50-mb-line",
            w ->
                List.of(
                    arg(
                        longLine(
                            w.path("Connections.csv"),
                            CONNECTIONS_HEADER + "\n" + connection("Anna", "Berg", "") + "\nLong,",
                            ",,,,,16 Dec 2024\n" + connection("Ben", "Kurz", "") + "\n"))),
            Expected.exit(0)
                .rows("Connections.csv", 3, 2, 1)
                .problem("Connections.csv:3", "malformed-row")),
        run(
            "a-50-mb-line-before-the-header",
            w ->
                List.of(
                    arg(
                        longLine(
                            w.path("Connections.csv"),
                            "",
                            "\n"
                                + CONNECTIONS_HEADER
                                + "\n"
                                + connection("Ben", "Kurz", "")
                                + "\n"))),
            Expected.exit(3)
                .problem("Connections.csv", "input-unknown")
                .check(
                    o ->
                        assertTrue(
                            o.stderr().contains("in the first 64 KB, which hold only part of"),
                            o.stderr()))),
        run(
            "a-cell-over-32767-characters",
            textInput("c.csv", connections(connection("Anna", "Berg", "Firma ".repeat(7_000)))),
            Expected.exit(0)
                .rows("c.csv", 1, 1, 0)
                .check(
                    o -> {
                      String company = o.contacts().get(0).get("Company");
                      assertEquals(32_767, company.length(), "cut to Excel's limit");
                      assertTrue(company.startsWith("Firma Firma"), company.substring(0, 20));
                      assertTrue(
                          company.matches("(?s).* \\[truncated, 4\\d{4} characters\\]"),
                          () -> "and noted: …" + company.substring(32_700));
                    })),
        run(
            "five-thousand-rows-of-one-name",
            w -> {
              // an address book whose names are one placeholder: each row fits all the others
              StringBuilder rows = new StringBuilder("Vorname;Nachname;Telefon\n");
              rows.append("Max;Mustermann;\n".repeat(5_000));
              return List.of(arg(w.text("adressen.csv", rows.toString())));
            },
            Expected.exit(0)
                .rows("adressen.csv", 5_000, 5_000, 0)
                .check(
                    o -> {
                      String detail =
                          o.problems("adressen.csv:5001", "ambiguous-name").get(0).get("Detail");
                      assertTrue(detail.contains("fits more than 10 contacts"), detail);
                      // each row named every earlier one: 5,000 messages of up to 5,000 names
                      assertTrue(detail.length() < 2_000, "a bounded message");
                    })),
        run(
            "more-than-200-malformed-rows",
            w -> {
              StringBuilder rows = new StringBuilder();
              for (int i = 0; i < 250; i++) {
                rows.append("P").append(i).append(",\"Q").append(i).append("\"x,,,,,16 Dec 2024\n");
              }
              return List.of(
                  arg(w.text("c.csv", connections(connection("Anna", "Berg", "")) + rows)));
            },
            Expected.exit(3)
                .rows("c.csv", 202, 1, 201)
                .problem("c.csv:207", "too-many-malformed-rows")));
  }

  /** A file of head, 50 MB of one letter, tail; streamed to disk. */
  static Path longLine(Path file, String head, String tail) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(Workspace.utf8(head));
      for (int i = 0; i < FIFTY_MB / block.length; i++) {
        out.write(block);
      }
      out.write(Workspace.utf8(tail));
    }
    return file;
  }
}
