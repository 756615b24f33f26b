package de.kontaktcharta.input.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/** One input to read: a file on disk or an entry of an archive, read in place. */
public interface InputFile {

  /** The name shown to the user: a path, or {@code archive.zip!entry.csv}. */
  String name();

  /** The last part of the name, e.g. {@code Connections.csv}; only ever a hint, never decisive. */
  String baseName();

  /** The size in bytes as far as known, -1 when unknown. */
  long size();

  /** Opens the content from its start; every call gives a fresh stream. */
  InputStream open() throws IOException;

  /**
   * Opens the content and reads its first bytes, at most {@code max}; the stream then gives the
   * content from its start, so that a reader who looks at the head first reads the file once.
   */
  default Peek peek(int max) throws IOException {
    InputStream in = open();
    try {
      byte[] head = in.readNBytes(max);
      return new Peek(head, new SequenceInputStream(new ByteArrayInputStream(head), in));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The first bytes of the content, at most {@code max} of them (fewer in a shorter file). */
  default byte[] head(int max) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(max);
    }
  }

  /** The name of the archive an entry is in, or empty for a file on disk. */
  default String archive() {
    return "";
  }

  /** The file's path on disk, when the input is a plain file (POI reads those faster). */
  default java.util.Optional<java.nio.file.Path> path() {
    return java.util.Optional.empty();
  }
}
