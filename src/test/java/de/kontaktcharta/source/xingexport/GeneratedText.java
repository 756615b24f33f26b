package de.kontaktcharta.source.xingexport;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** A large text made line by line while it is read, so the test itself holds none of it. */
final class GeneratedText extends InputStream {

  private final int lines;
  private final IntFunction<String> line;
  private int next;
  private byte[] current = new byte[0];
  private int pos;
  long bytes;

  GeneratedText(int lines, IntFunction<String> line) {
    this.lines = lines;
    this.line = line;
  }

  @Override
  public int read() {
    if (pos >= current.length) {
      if (next >= lines) {
        return -1;
      }
      current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
      pos = 0;
    }
    bytes++;
    return current[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n = 0;
    while (n < len) {
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }
}
