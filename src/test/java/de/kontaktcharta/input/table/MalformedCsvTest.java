package de.kontaktcharta.input.table;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Detector;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.linkedin.LinkedInConnectionsReader;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.GeneratedFile;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import de.kontaktcharta.testing.RecordingSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows that are not valid CSV: each is reported with its line, parsing resumes on the next physical
 * line, and the rows after it are still used.
 */
class MalformedCsvTest {

  private static final String HEADER = "First Name,Last Name,Connected On\n";

  @TempDir Path dir;

  private ReadResult read(String text) throws IOException {
    return Inputs.read(Inputs.write(dir, "Connections.csv", text));
  }

  private static List<String> names(ReadResult r) {
    return r.sink().network.stream().map(e -> e.person().displayName()).toList();
  }

  private static List<Integer> lines(ReadResult r) {
    return r.sink().network.stream().map(e -> e.source().line()).toList();
  }

  @Test
  void unbalancedQuoteToTheEndOfTheFile() throws IOException {
    ReadResult r =
        read(
            HEADER
                + "Anna,\"Berg,16 Dec 2024\n"
                + "Ben,Kurz,15 Dec 2024\n"
                + "Carl,Dorn,14 Dec 2024\n");
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(2), r.sink().skippedLines());
    assertEquals("malformed-row", r.sink().skippedRows().get(0).code());
    assertEquals(List.of("Ben Kurz", "Carl Dorn"), names(r));
    assertEquals(List.of(3, 4), lines(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void unbalancedQuoteClosedByALaterQuote(String newline) throws IOException {
    ReadResult r =
        read(
            (HEADER
                    + "Anna,\"Berg,16 Dec 2024\n"
                    + "Ben,Kurz,15 Dec 2024\n"
                    + "Carl,\"Dorn\",14 Dec 2024\n"
                    + "Dora,Eck,13 Dec 2024")
                .replace("\n", newline));
    assertCounts(r, 4, 3, 1);
    assertEquals(List.of(2), r.sink().skippedLines());
    assertEquals(List.of("Ben Kurz", "Carl Dorn", "Dora Eck"), names(r));
    assertEquals(List.of(3, 4, 5), lines(r));
  }

  @Test
  void quoteThatSwallowsLinesIntoARecordOfTheWrongWidth() throws IOException {
    ReadResult r =
        read(
            HEADER
                + "Anna,\"Berg,16 Dec 2024\n"
                + "Ben,Kurz,15 Dec 2024\n"
                + "Carl,Dorn\"\n"
                + "Dora,Eck,13 Dec 2024\n");
    assertCounts(r, 4, 2, 2);
    assertEquals(List.of(2, 4), r.sink().skippedLines());
    assertEquals("row has 2 fields, the header has 3", English.text(r.sink().skippedRows().get(0)));
    assertEquals(List.of("Ben Kurz", "Dora Eck"), names(r));
    assertEquals(List.of(3, 5), lines(r));
  }

  @Test
  void textAfterAClosingQuote() throws IOException {
    ReadResult r = read(HEADER + "Anna,\"Berg\"er,16 Dec 2024\n" + "Ben,Kurz,15 Dec 2024\n");
    assertCounts(r, 2, 1, 1);
    assertEquals(List.of(2), r.sink().skippedLines());
    assertTrue(English.text(r.sink().skippedRows().get(0)).startsWith("not valid CSV"));
    assertEquals(List.of("Ben Kurz"), names(r));
    assertEquals(List.of(3), lines(r));
  }

  @Test
  void rowsWithTooManyOrTooFewFields() throws IOException {
    ReadResult r =
        read(
            HEADER
                + "Anna,Berg,16 Dec 2024,surplus\n"
                + "Ben,Kurz\n"
                + "Carl,Dorn,14 Dec 2024,,\n"
                + "Dora,Eck,13 Dec 2024\n");
    assertCounts(r, 4, 2, 2);
    assertEquals(List.of(2, 3), r.sink().skippedLines());
    assertEquals("row has 4 fields, the header has 3", English.text(r.sink().skippedRows().get(0)));
    assertEquals("row has 2 fields, the header has 3", English.text(r.sink().skippedRows().get(1)));
    assertEquals(List.of("Carl Dorn", "Dora Eck"), names(r), "empty surplus cells are harmless");
  }

  @Test
  void quotedLineBreakIsOneRowAndLaterLinesStayPhysical() throws IOException {
    ReadResult r =
        Inputs.read(
            Inputs.write(
                dir,
                "c.csv",
                "First Name,Last Name,Company,Connected On\r\n"
                    + "Anna,Berg,\"Zeile eins\r\nZeile zwei\",16 Dec 2024\r\n"
                    + "\r\n"
                    + "Ben,Kurz,,15 Dec 2024\r\n"));
    assertCounts(r, 2, 2, 0);
    assertEquals("Zeile eins\r\nZeile zwei", r.sink().network.get(0).person().company());
    assertEquals(List.of(2, 5), lines(r), "blank lines are not rows but still count as lines");
  }

  @Test
  void headerOnly() throws IOException {
    ReadResult r = read(HEADER);
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertCounts(r, 0, 0, 0);
    assertEquals(List.of("no-rows"), r.sink().problems.stream().map(Problem::code).toList());
  }

  @Test
  void tooManyMalformedRowsStopTheFileWithAnError() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    int bad = CsvRowSource.MAX_RESTARTS + 5;
    for (int i = 0; i < bad; i++) {
      text.append("A,\"B\"x,01 Jan 2024\n");
    }
    ReadResult r = read(text.toString());
    assertEquals(0, r.summary().rowsUsed());
    assertEquals(CsvRowSource.MAX_RESTARTS + 1, r.summary().rowsSkipped());
    List<Problem> stop = r.sink().problems("too-many-malformed-rows");
    assertEquals(1, stop.size());
    assertEquals(Severity.ERROR, stop.get(0).severity());
    assertEquals(CsvRowSource.MAX_RESTARTS + 3, stop.get(0).source().line());
  }

  @Test
  void tenMegabyteLineIsSkippedAndTheNextLineIsRead() throws IOException {
    GeneratedFile file =
        new GeneratedFile(
            "long.csv", HEADER + "Anna,", 10L << 20, 'x', ",16 Dec 2024\nBen,Kurz,15 Dec 2024\n");
    Detection detection = new Detector().detect(file);
    assertEquals(1, detection.header().line());
    RecordingSink sink = new RecordingSink();
    RowCounter counter = new RowCounter(file.name(), sink);
    // a small bound instead of the real 8 million characters keeps the test fast
    try (CsvRowSource rows =
        CsvRowSource.open(file, TextEncoding.UTF_8, ',', 1, counter, 100_000)) {
      new LinkedInConnectionsReader(new DateParser()).read(rows, counter, sink);
    }
    InputSummary summary = counter.summary(LinkedInKinds.CONNECTIONS, "");
    assertEquals(2, summary.rowsRead());
    assertEquals(1, summary.rowsUsed());
    assertEquals(1, summary.rowsSkipped());
    assertEquals(List.of(2), sink.skippedLines());
    assertEquals(
        "not valid CSV: record longer than 100000 characters (an unbalanced quote or an endless"
            + " line)",
        English.text(sink.skippedRows().get(0)));
    NetworkEntry ben = sink.network.get(0);
    assertEquals("Ben Kurz", ben.person().displayName());
    assertEquals(3, ben.source().line());
  }

  @Test
  void blankLinesAreNeitherRowsNorProblems() throws IOException {
    ReadResult r = read(HEADER + "\n\nAnna,Berg,16 Dec 2024\n\n");
    assertCounts(r, 1, 1, 0);
    assertEquals(List.of(4), lines(r));
    assertFalse(r.sink().problems.stream().anyMatch(Problem::rowSkipped));
  }
}
