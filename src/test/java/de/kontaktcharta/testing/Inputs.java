package de.kontaktcharta.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.RealWorld;
import de.kontaktcharta.input.Detector;
import de.kontaktcharta.input.InputReaders;
import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.source.Detection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds, writes and reads the inputs of the io tests. */
public final class Inputs {

  /** The real LinkedIn archive files in {@code src/test/resources/realworld/linkedin/}. */
  public static final Path REALWORLD_LINKEDIN = RealWorld.linkedIn();

  private Inputs() {}

  public static Path realWorld(String name) {
    Path file = REALWORLD_LINKEDIN.resolve(name);
    assertTrue(Files.isRegularFile(file), "missing real-world sample " + file.toAbsolutePath());
    return file;
  }

  /** A fixture from {@code src/test/resources/fixtures/}. */
  public static Path fixture(String name) {
    URL url = Inputs.class.getResource("/fixtures/" + name);
    assertNotNull(url, "missing fixture " + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path dir, String name, String text, Charset charset) {
    return write(dir, name, text.getBytes(charset));
  }

  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Detection detect(Path file) throws IOException {
    return new Detector().detect(new DiskFile(file, file.toString()));
  }

  /** Detects the file, reads it and checks that every row read was used or reported skipped. */
  public static ReadResult read(Path file) throws IOException {
    return read(new DiskFile(file, file.toString()));
  }

  public static ReadResult read(InputFile file) throws IOException {
    Detection detection = new Detector().detect(file);
    assertTrue(
        detection.recognised().isPresent(), file.name() + " not recognised: " + detection.note());
    RecordingSink sink = new RecordingSink();
    var summary = new InputReaders().read(detection, sink);
    assertEquals(
        summary.rowsRead(),
        summary.rowsUsed() + summary.rowsSkipped(),
        "rows read = used + skipped for " + file.name());
    assertEquals(
        summary.rowsSkipped(),
        sink.skippedRows().size(),
        "every skipped row is on the problems list: " + sink.problems);
    return new ReadResult(detection, summary, sink);
  }

  /** Asserts the row counts of one read input. */
  public static void assertCounts(ReadResult r, long read, long used, long skipped) {
    assertEquals(read, r.summary().rowsRead(), "rows read");
    assertEquals(used, r.summary().rowsUsed(), "rows used");
    assertEquals(skipped, r.summary().rowsSkipped(), "rows skipped");
  }
}
