package de.kontaktcharta.source.whatsapp;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text ending in LF, CRLF or CR, each cut at a maximum length so that a file without line
 * breaks cannot fill the memory; the rest of such a line is skipped. Chat lines never get near the
 * limit: WhatsApp caps a message at 65,536 characters.
 */
final class TextLines {

  static final int MAX_LINE = 70_000;

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int pos;
  private int limit;
  private boolean skipLf;
  private final StringBuilder line = new StringBuilder();

  TextLines(Reader in) {
    this.in = in;
  }

  /** The next line without its line end, or null at the end of the text. */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? line.toString() : null;
        }
      }
      char c = buffer[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        skipLf = c == '\r';
        return line.toString();
      }
      any = true;
      if (line.length() < MAX_LINE) {
        line.append(c);
      }
    }
  }
}
