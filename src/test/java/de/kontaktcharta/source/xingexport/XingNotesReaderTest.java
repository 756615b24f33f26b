package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XingNotesReaderTest {

  private static final String EXPORT =
      "export/data/network-inquiry/files/e4da3b7fbbce2345d7772b0674a318d5.csv";

  private final XingNotesReader reader = new XingNotesReader();

  @Test
  void notesKeepTheOwnersTextAcrossLinesAndWithDoubledQuotes() {
    Recorder<XingNote> out = new Recorder<>();
    XingReadSummary summary = reader.read(Recorder.fixture(EXPORT), "notes.csv", out);

    assertEquals(3, out.items.size());
    XingNote max = out.items.get(0);
    assertEquals("Max Beispiel", max.name());
    assertEquals(Instant.parse("2018-04-12T17:22:05Z"), max.createdAt().instant());
    assertEquals(
        "Kennengelernt auf der Hannover Messe 2018.\n"
            + "Interessiert an Messebau, Ansprechpartner für Köln.",
        max.text());
    XingNote jana = out.items.get(2);
    assertEquals("Empfehlung von Max; sagt \"Danke\" gern mit Kuchen", jana.text());
    // the note after a two-line record starts on line 4
    assertEquals(4, out.items.get(1).source().line());
    assertEquals(new XingReadSummary("notes.csv", 3, 3, 0, 3, 0), summary);
  }

  @Test
  void theOwnersOwnNoteIsHandedOnForTheCallerToDrop() {
    Recorder<XingNote> out = new Recorder<>();
    reader.read(Recorder.fixture(EXPORT), "notes.csv", out);

    assertEquals("Erika Mustermann", out.items.get(1).name());
  }

  @Test
  void aNoteWithoutNameIsSkippedAndOneWithoutDateKept() {
    String csv =
        "Name;Erstellt am;Text der Notiz\n"
            + ";2020-01-01 10:00:00 UTC;wem gehört das?\n"
            + "Max Beispiel;;ohne Datum\n";
    Recorder<XingNote> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "n.csv", out);

    assertEquals(List.of("Max Beispiel"), out.items.stream().map(XingNote::name).toList());
    assertNull(out.items.get(0).createdAt());
    assertEquals(2, out.problem("xing-no-name").source().line());
    assertEquals(new XingReadSummary("n.csv", 2, 1, 1, 1, 1), summary);
  }
}
