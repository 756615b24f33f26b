package de.kontaktcharta.source.ldif;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Turns physical lines into logical ones: a line that starts with one space continues the line
 * before it (RFC 2849 folding), comment lines ({@code #}, folded or not) are dropped, and an empty
 * line separates records. Line ends may be CRLF or LF; a byte order mark at the start is ignored.
 */
final class LdifLines {

  /**
   * One logical line.
   *
   * @param number the physical line it starts on, 1-based
   * @param text the unfolded text; empty for a record separator
   */
  record Line(int number, String text) {
    boolean isSeparator() {
      return text.isEmpty();
    }
  }

  private final BufferedReader in;
  private int physical;
  private String lookahead;
  private boolean started;

  LdifLines(BufferedReader in) {
    this.in = in;
  }

  /** The next logical line, or null at the end of the input. */
  Line next() throws IOException {
    while (true) {
      String raw = read();
      if (raw == null) {
        return null;
      }
      int number = physical;
      if (raw.startsWith("#")) {
        // a folded comment goes on in the lines that start with a space
        while (peekIsContinuation()) {
          read();
        }
        continue;
      }
      if (raw.isBlank() && !raw.startsWith(" ")) {
        return new Line(number, "");
      }
      StringBuilder text = new StringBuilder(raw);
      while (peekIsContinuation()) {
        String continued = read();
        text.append(continued, 1, continued.length());
      }
      return new Line(number, text.toString());
    }
  }

  private boolean peekIsContinuation() throws IOException {
    if (lookahead == null) {
      lookahead = in.readLine();
    }
    return lookahead != null && lookahead.startsWith(" ");
  }

  private String read() throws IOException {
    String line;
    if (lookahead != null) {
      line = lookahead;
      lookahead = null;
    } else {
      line = in.readLine();
    }
    if (line == null) {
      return null;
    }
    physical++;
    if (!started) {
      started = true;
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
    }
    return line;
  }
}
