package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.ContentKind;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.SourceKind;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.RecordingSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kind recognised by its first bytes (a mailbox, a chat export) is detected before any table and
 * read by its own reader; the media that come with its exports are counted in one line.
 */
class ContentKindTest {

  @TempDir Path tmp;

  private static final InputKind LOG = new InputKind("test-log", InputKind.Role.EVIDENCE);

  /** Counts every line after the first as a used row. */
  private static final DocumentReader LINES =
      new DocumentReader() {
        @Override
        public List<ColumnUse> columns() {
          return List.of();
        }

        @Override
        public void read(Detection detection, RowCounter counter, InputSink sink)
            throws IOException {
          try (BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(detection.file().open(), StandardCharsets.UTF_8))) {
            in.readLine();
            while (in.readLine() != null) {
              counter.used();
            }
          }
        }
      };

  private static final ContentKind LOG_SOURCE =
      ContentKind.of(
              LOG,
              (name, head, complete) ->
                  new String(head, StandardCharsets.US_ASCII).startsWith("#TESTLOG"),
              LINES,
              Message.of("cause.test-log-empty"))
          .withCompanions(name -> name.startsWith("media/") || name.endsWith(".jpg"));

  private static Inputs inputs() {
    List<SourceKind> all = new ArrayList<>(SourceKinds.standard().all());
    all.add(LOG_SOURCE);
    return new Inputs(new SourceKinds(all));
  }

  @Test
  void aFileWithTheMarkerIsReadByTheKindsReaderWhateverItsName() throws Exception {
    Path log = tmp.resolve("Kontakte.csv");
    Files.writeString(log, "#TESTLOG\none\ntwo\nthree\n");
    RecordingSink sink = new RecordingSink();

    Inputs.Reading reading = inputs().read(List.of(log), Map.of(), sink);

    InputSummary summary = reading.summaries().get(0);
    assertEquals(LOG, summary.kind());
    assertEquals(3, summary.rowsRead());
    assertEquals(3, summary.rowsUsed());
  }

  @Test
  void anEmptyFileOfTheKindIsNamedWithTheKindsNote() throws Exception {
    Path log = tmp.resolve("log.txt");
    Files.writeString(log, "#TESTLOG\n");
    RecordingSink sink = new RecordingSink();

    inputs().read(List.of(log), Map.of(), sink);

    List<Problem> empty = sink.problems("no-rows");
    assertEquals(1, empty.size(), sink.problems::toString);
    assertEquals(
        Message.of("problem.no-rows", Message.of("cause.test-log-empty")), empty.get(0).message());
  }

  @Test
  void aKindGivenWithAsIsReadWithoutItsTest() throws Exception {
    Path log = tmp.resolve("log.txt");
    Files.writeString(log, "no marker here\nsecond line\n");
    RecordingSink sink = new RecordingSink();

    Inputs.Reading reading = inputs().read(List.of(), Map.of(log, LOG), sink);

    assertEquals(LOG, reading.summaries().get(0).kind());
    assertEquals(1, reading.summaries().get(0).rowsUsed());
  }

  @Test
  void mediaBesideTheExportInAnArchiveAreCountedInOneLine() throws Exception {
    Path zip = tmp.resolve("export.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "chat.txt", "#TESTLOG\nhello\n");
      for (int i = 1; i <= 3; i++) {
        put(out, "media/IMG-" + i + ".jpg", "\u00ff\u00d8 not really a picture " + i);
      }
      put(out, "notes.bin", "\u0000\u0001 something else entirely");
    }
    RecordingSink sink = new RecordingSink();

    Inputs.Reading reading = inputs().read(List.of(zip), Map.of(), sink);

    List<Problem> folded =
        reading.problems().stream().filter(p -> p.code().equals("companions-not-read")).toList();
    assertEquals(1, folded.size(), reading.problems()::toString);
    assertTrue(English.text(folded.get(0)).startsWith("3 files"), English.text(folded.get(0)));
    assertTrue(
        reading.problems().stream()
            .anyMatch(p -> p.code().equals("input-unknown") && p.source().file().endsWith("bin")),
        "a file that is no companion is still named: " + reading.problems());
  }

  @Test
  void mediaBesideTheExportInAFolderAreCountedInOneLine() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("WhatsApp"));
    Files.writeString(folder.resolve("chat.txt"), "#TESTLOG\nhello\n");
    Files.createDirectories(folder.resolve("media"));
    Files.write(folder.resolve("media/IMG-1.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2});
    Files.write(folder.resolve("IMG-2.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 3, 4});
    RecordingSink sink = new RecordingSink();

    Inputs.Reading reading = inputs().read(List.of(folder), Map.of(), sink);

    List<Problem> unknown =
        reading.problems().stream().filter(p -> p.code().equals("input-unknown")).toList();
    assertTrue(unknown.isEmpty(), unknown::toString);
    assertTrue(
        reading.problems().stream().anyMatch(p -> English.text(p).startsWith("2 files")),
        reading.problems()::toString);
  }

  private static void put(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.closeEntry();
  }
}
