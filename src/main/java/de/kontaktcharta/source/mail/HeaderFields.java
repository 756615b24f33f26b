package de.kontaktcharta.source.mail;

import java.nio.charset.StandardCharsets;

/**
 * Walks the fields of a header block: a field is a {@code Name:} line plus the folded lines that
 * start with a space or tab. Only the fields {@link HeaderValues} asks for are decoded.
 */
final class HeaderFields {

  private static final int MAX_NAME = 40;

  private HeaderFields() {}

  /** Feeds every field to the values; returns the number of lines that were no field. */
  static int walk(byte[] bytes, int length, HeaderValues values) {
    int malformed = 0;
    int i = 0;
    while (i < length) {
      int lineEnd = lineEnd(bytes, i, length);
      int colon = nameEnd(bytes, i, lineEnd);
      if (colon < 0) {
        malformed++;
        i = lineEnd + 1;
        continue;
      }
      int fieldEnd = lineEnd;
      int next = lineEnd + 1;
      while (next < length && (bytes[next] == ' ' || bytes[next] == '\t')) {
        fieldEnd = lineEnd(bytes, next, length);
        next = fieldEnd + 1;
      }
      String name = lowerName(bytes, i, colon);
      if (name != null && values.wants(name)) {
        values.accept(name, bytes, colon + 1, fieldEnd);
      } else {
        values.countField();
      }
      i = next;
    }
    return malformed;
  }

  private static int lineEnd(byte[] bytes, int from, int length) {
    for (int i = from; i < length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return length;
  }

  /**
   * The colon after a field name of printable ASCII (white space allowed only before the colon, as
   * in {@code Subject :}), or -1 for a line that is no field.
   */
  private static int nameEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && bytes[i] > ' ' && bytes[i] < 127 && bytes[i] != ':') {
      i++;
    }
    if (i == from) {
      return -1;
    }
    while (i < to && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    return i < to && bytes[i] == ':' ? i : -1;
  }

  private static String lowerName(byte[] bytes, int from, int colon) {
    int end = colon;
    while (end > from && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
      end--;
    }
    if (end - from > MAX_NAME) {
      return null;
    }
    byte[] lower = new byte[end - from];
    for (int i = from; i < end; i++) {
      byte c = bytes[i];
      lower[i - from] = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }
    return new String(lower, StandardCharsets.ISO_8859_1);
  }

  /** The value without its line breaks (the folding white space stays) and outer white space. */
  static byte[] unfold(byte[] bytes, int from, int to) {
    while (from < to && isSpace(bytes[from])) {
      from++;
    }
    while (to > from && isSpace(bytes[to - 1])) {
      to--;
    }
    byte[] value = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte c = bytes[i];
      if (c != '\n' && c != '\r') {
        value[n++] = c;
      }
    }
    return n == value.length ? value : java.util.Arrays.copyOf(value, n);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
