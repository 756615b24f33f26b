package de.kontaktcharta.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer of UTF-8 into a stream for one thread, the sheet writer's own. It does what the JDK's
 * buffered {@code OutputStreamWriter} does, but without a lock and a charset encoder behind every
 * call: a report of 30,000 contacts passes 100 MB of XML through it, mostly a few characters at a
 * time. Like the JDK's, it writes a surrogate without its partner as {@code ?}.
 */
final class Utf8FileWriter extends Writer {

  private static final int SIZE = 1 << 16;

  private static final int CHUNK = 1 << 12;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private final char[] chars = new char[CHUNK];
  private int used;

  /** A high surrogate that ended the last call, waiting for its low half. */
  private char high;

  private boolean closed;

  Utf8FileWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    // copied out in chunks: a loop over an array is cheaper than charAt on a string
    int from = offset;
    int left = length;
    while (left > 0) {
      int n = Math.min(left, CHUNK);
      text.getChars(from, from + n, chars, 0);
      write(chars, 0, n);
      from += n;
      left -= n;
    }
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (c < 0x80 && high == 0 && used < SIZE) {
        buffer[used++] = (byte) c;
      } else {
        put(c);
      }
    }
  }

  private void put(char c) throws IOException {
    if (used > SIZE - 4) {
      drain();
    }
    if (high != 0) {
      char first = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(first, c);
        buffer[used++] = (byte) (0xF0 | (code >> 18));
        buffer[used++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      buffer[used++] = '?';
      put(c);
      return;
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xC0 | (c >> 6));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[used++] = '?';
    } else {
      buffer[used++] = (byte) (0xE0 | (c >> 12));
      buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /** Writes what is buffered; a high surrogate stays, its partner may still come. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Writes the rest (a last lone surrogate as {@code ?}) and closes the stream; again, nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (high != 0) {
        high = 0;
        buffer[used++] = '?';
      }
      drain();
    }
  }
}
