package de.kontaktcharta.source.telegram;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters the parser reads, with a way to put text back in front: what a failed parser had
 * buffered, and the opening the next parser needs. One flat buffer, however often that happens.
 */
final class PushbackSource extends Reader {

  private final Reader in;
  private String pending = "";
  private int pendingPos;

  PushbackSource(Reader in) {
    this.in = in;
  }

  /** Puts {@code text} in front of everything not yet read. */
  void unread(String text) {
    pending = text + pending.substring(pendingPos);
    pendingPos = 0;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pendingPos < pending.length()) {
      int n = Math.min(len, pending.length() - pendingPos);
      pending.getChars(pendingPos, pendingPos + n, target, off);
      pendingPos += n;
      return n;
    }
    return in.read(target, off, len);
  }

  /**
   * Reads one line and returns at most its first {@code keep} characters, without the line break;
   * null at the end. Long lines are consumed without being held.
   */
  String readLine(int keep) throws IOException {
    StringBuilder kept = new StringBuilder();
    char[] one = new char[1];
    boolean any = false;
    while (read(one, 0, 1) == 1) {
      any = true;
      if (one[0] == '\n') {
        return strip(kept);
      }
      if (kept.length() < keep) {
        kept.append(one[0]);
      }
    }
    return any ? strip(kept) : null;
  }

  private static String strip(StringBuilder line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
