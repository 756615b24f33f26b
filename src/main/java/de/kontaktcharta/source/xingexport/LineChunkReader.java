package de.kontaktcharta.source.xingexport;

import java.io.IOException;
import java.io.Reader;

/**
 * Hands text to the CSV parser at most one line at a time. The parser buffers what it is given;
 * when a record turns out to be malformed, the parser is dropped and a new one starts at the next
 * line, and this way only the rest of the bad line is lost with it. It also bounds one record's
 * length, so that a quote that is never closed cannot pull a whole archive into memory.
 */
final class LineChunkReader extends Reader {

  /** A record longer than the bound: most likely a quote that is never closed. */
  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException(long limit) {
      super("a record is longer than " + limit + " characters");
    }
  }

  private final Reader in;
  private final long maxRecordChars;
  private final char[] buffer = new char[1 << 14];
  private int pos;
  private int end;
  private long lines;
  private boolean midLine;
  private long recordChars;

  LineChunkReader(Reader in, long maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  /** Called before the parser reads the next record. */
  void startRecord() {
    recordChars = 0;
  }

  /** Line breaks handed out so far: the number of complete lines the parser has seen. */
  long lines() {
    return lines;
  }

  /** The line of the last character handed out (the last complete one after a line break). */
  long currentLine() {
    return midLine ? lines + 1 : lines;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pos >= end) {
      end = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (end <= 0) {
        end = 0;
        return -1;
      }
    }
    int n = 0;
    midLine = true;
    while (n < length && pos < end) {
      char c = buffer[pos++];
      target[offset + n++] = c;
      if (c == '\n') {
        lines++;
        midLine = false;
        break;
      }
    }
    recordChars += n;
    if (recordChars > maxRecordChars) {
      throw new RecordTooLongException(maxRecordChars);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
