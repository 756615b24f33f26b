package de.kontaktcharta.source.mail;

import java.util.Arrays;

/**
 * The header section of one message as bytes, lines joined by LF, kept up to a limit: an endless
 * header costs no more memory than the limit. Reused from message to message.
 */
final class HeaderBlock {

  private final int limit;
  private byte[] bytes = new byte[8 * 1024];
  private int length;
  private boolean truncated;

  HeaderBlock(int limit) {
    this.limit = limit;
  }

  void clear() {
    length = 0;
    truncated = false;
  }

  /** Appends part of a line; {@code lineEnds} adds the line break after it. */
  void append(byte[] source, int from, int to, boolean lineEnds) {
    if (truncated) {
      return;
    }
    int count = to - from;
    int room = limit - length;
    if (count + 1 > room) {
      truncated = true;
      count = Math.max(0, room - 1);
    }
    ensure(length + count + 1);
    System.arraycopy(source, from, bytes, length, count);
    length += count;
    if (lineEnds && !truncated) {
      bytes[length++] = '\n';
    }
  }

  private void ensure(int capacity) {
    if (capacity > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(limit + 1, Math.max(capacity, bytes.length * 2)));
    }
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  boolean truncated() {
    return truncated;
  }
}
