package de.kontaktcharta.input.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of CSV text as long as it keeps to the plain RFC 4180 form, split a block of
 * characters at a time. It stops, without a record, at the first record that needs more judgement:
 * text after a closing quote, a quote left open at the end, or a record longer than the bound; the
 * line that record starts on is then {@link #line()}, and Commons CSV reads the file from there.
 *
 * <p>Why not Commons CSV throughout: its lexer takes a character at a time through several calls,
 * which in the short runs the launcher chooses C1 for was the slowest part of reading an export (35
 * MB of messages: 1.0–1.6 s against 0.3 s here). On the plain form both give the same values, lines
 * and line spans (a test compares them on generated text); everything else stays with the library.
 */
final class PlainRecords implements Closeable {

  private static final char QUOTE = '"';

  /**
   * Room left below the record bound: Commons CSV's guard counts what its buffer reads ahead, so a
   * record a little shorter than the bound can fail there. Near the bound, it decides.
   */
  static final long BOUND_MARGIN = 1 << 17;

  private final Reader in;
  private final char delimiter;
  private final long most;
  private final char[] buffer;
  private int pos;
  private int limit;
  private boolean ended;

  /** Characters of the text before the buffer's first. */
  private long consumed;

  private long recordStart;

  /** Line breaks read so far; CR, LF and CR LF each count once, as Commons CSV counts them. */
  private int lines;

  /** Where the last CR was, so that the LF after it is not counted again. */
  private long lastCr = -2;

  private int recordLine;
  private boolean spanned;
  private boolean stopped;
  private final List<String> values = new ArrayList<>();
  private final StringBuilder spill = new StringBuilder();

  /**
   * @param in the decoded text
   * @param delimiter the field separator; neither a quote nor a line break
   * @param maxRecordChars the bound on one record's length
   */
  PlainRecords(Reader in, char delimiter, long maxRecordChars) {
    this(in, delimiter, maxRecordChars, 1 << 16);
  }

  /** As above, with another block size (tests use tiny ones to split every construct). */
  PlainRecords(Reader in, char delimiter, long maxRecordChars, int blockSize) {
    if (delimiter == QUOTE || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("not a delimiter for plain CSV: " + (int) delimiter);
    }
    this.in = in;
    this.delimiter = delimiter;
    this.most = maxRecordChars - BOUND_MARGIN;
    this.buffer = new char[blockSize];
  }

  /**
   * The next record's values, or null at the end of the text and where a record needs Commons CSV
   * ({@link #stopped()} tells which).
   */
  String[] next() throws IOException {
    recordStart = consumed + pos;
    recordLine = lines + 1;
    if (stopped || !more()) {
      return null;
    }
    values.clear();
    while (true) {
      if (!more()) {
        // the text ends after a delimiter: one more, empty field
        values.add("");
        return record(lines);
      }
      String value = buffer[pos] == QUOTE ? quoted() : unquoted();
      if (value == null) {
        return stop();
      }
      values.add(value);
      int inside = lines;
      if (!more()) {
        return record(inside);
      }
      char c = buffer[pos];
      if (c == delimiter) {
        pos++;
        continue;
      }
      if (c != '\n' && c != '\r') {
        // text after a closing quote: Commons CSV skips white space there and fails on the rest
        return stop();
      }
      lineBreak(c);
      pos++;
      if (c == '\r' && more() && buffer[pos] == '\n') {
        pos++;
      }
      return record(inside);
    }
  }

  /** The line the last record started on, or the one Commons CSV is to start reading on. */
  int line() {
    return recordLine;
  }

  /** True when the last record held line breaks inside its fields. */
  boolean spannedLines() {
    return spanned;
  }

  /** True when reading stopped at a record left to Commons CSV, not at the end of the text. */
  boolean stopped() {
    return stopped;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private String[] record(int linesAfterFields) {
    if (stopped) {
      return null;
    }
    spanned = linesAfterFields >= recordLine;
    return values.toArray(new String[0]);
  }

  private String[] stop() {
    stopped = true;
    return null;
  }

  /** A field without quotes: up to the delimiter, a line break or the end; quotes are text. */
  private String unquoted() throws IOException {
    int from = pos;
    boolean spilled = false;
    while (true) {
      int end = limit;
      char d = delimiter;
      while (pos < end) {
        char c = buffer[pos];
        if (c == d || c == '\n' || c == '\r') {
          return value(spilled, from);
        }
        pos++;
      }
      spilled = keep(spilled, from);
      if (!more()) {
        return value(true, pos);
      }
      from = pos;
    }
  }

  /** A quoted field, its quotes doubled inside; null when the text ends before it closes. */
  private String quoted() throws IOException {
    pos++;
    int from = pos;
    boolean spilled = false;
    while (true) {
      int end = limit;
      while (pos < end) {
        char c = buffer[pos];
        if (c == QUOTE) {
          break;
        }
        if (c == '\n' || c == '\r') {
          lineBreak(c);
        }
        pos++;
      }
      if (pos == end) {
        // the block ends inside the field
        spilled = keep(spilled, from);
        if (!more()) {
          return null;
        }
        from = pos;
        continue;
      }
      if (pos + 1 < end && buffer[pos + 1] != QUOTE) {
        String value = value(spilled, from);
        pos++;
        return value;
      }
      spilled = keep(spilled, from);
      pos++;
      if (!more() || buffer[pos] != QUOTE) {
        return spill.toString();
      }
      // a doubled quote stands for one: the second one starts the next run
      from = pos++;
    }
  }

  /**
   * Keeps the run before {@code pos}: the first run of a field replaces what the last field left,
   * later ones add to it.
   */
  private boolean keep(boolean spilled, int from) {
    if (!spilled) {
      spill.setLength(0);
    }
    spill.append(buffer, from, pos - from);
    return true;
  }

  /** The field's value: the run from {@code from} alone, or what was kept plus that run. */
  private String value(boolean spilled, int from) {
    if (!spilled) {
      return new String(buffer, from, pos - from);
    }
    spill.append(buffer, from, pos - from);
    return spill.toString();
  }

  private void lineBreak(char c) {
    long at = consumed + pos;
    if (c == '\r') {
      lines++;
      lastCr = at;
    } else if (lastCr != at - 1) {
      lines++;
    }
  }

  /** True while there is text at {@code pos}, reading the next block when needed. */
  private boolean more() throws IOException {
    return pos < limit || fill();
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    consumed += limit;
    pos = 0;
    limit = 0;
    if (consumed - recordStart > most) {
      // the record is too long for this reader; Commons CSV's guard reports it
      stopped = true;
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit = n;
    return true;
  }
}
