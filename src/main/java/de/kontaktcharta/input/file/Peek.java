package de.kontaktcharta.input.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file opened once for both deciding how to read it and reading it: its first bytes, and a stream
 * that gives the whole content, those bytes included.
 *
 * @param head the first bytes, fewer in a shorter file
 * @param stream the content from its start
 */
public record Peek(byte[] head, InputStream stream) implements Closeable {

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
