package de.kontaktcharta.input.table;

import de.kontaktcharta.input.text.ControlWatching;
import de.kontaktcharta.input.text.GuardedReader;
import de.kontaktcharta.input.text.MixedText;
import de.kontaktcharta.input.text.Utf8Decoder;
import de.kontaktcharta.model.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of UTF-8 CSV text as long as it keeps to the plain RFC 4180 form, split a block of
 * bytes at a time. It stops, without a record, at the first record that needs more judgement: text
 * after a closing quote, a quote left open at the end, or a record longer than the bound; the line
 * that record starts on is then {@link #line()}, and Commons CSV reads the file from there.
 *
 * <p>Why not Commons CSV throughout: its lexer takes a character at a time through several calls,
 * which in the short runs the launcher chooses C1 for was the slowest part of reading an export (35
 * MB of messages: 1.0–1.6 s against 0.3 s here). On the plain form both give the same values, lines
 * and line spans (a test compares them on generated text); everything else stays with the library.
 *
 * <p>Why bytes, not decoded text: the delimiter, quotes and line breaks are ASCII, which no UTF-8
 * sequence contains, so the bytes can be split before they are decoded. An ASCII field (most of an
 * export's) then becomes a String by one copy; only the others are decoded, by {@link Utf8Decoder},
 * which reads stray bytes as the file's decoder does. Decoding every byte to a char first and
 * making Strings of the chars took half of the splitting thread's time with the quick compiler;
 * reading the small benchmark's messages this way took 0.88 instead of 1.15 s (medians of six).
 */
final class PlainRecords implements Closeable, ControlWatching, MixedText {

  private static final byte QUOTE = '"';

  /**
   * Room left below the record bound: Commons CSV's guard counts what its buffer reads ahead, so a
   * record a little shorter than the bound can fail there. Near the bound, it decides. The bound
   * counts characters and this reader bytes, of which a character has one or more: a record is left
   * to the library earlier, never later.
   */
  static final long BOUND_MARGIN = 1 << 17;

  private final InputStream in;
  private final byte delimiter;
  private final long most;
  private final byte[] buffer;
  private final Utf8Decoder decoder = new Utf8Decoder();
  private int pos;
  private int limit;
  private boolean ended;

  /** Bytes of the text before the buffer's first. */
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

  /** The bytes of a field that runs over the end of a block, or holds doubled quotes. */
  private byte[] spill = new byte[256];

  private int spilled;

  /** True once the field being read holds a byte from 0x80 up: it is decoded, not copied. */
  private boolean high;

  /** True once a control character other than tab and the line breaks was read. */
  private boolean controls;

  /**
   * @param in UTF-8 text, after any byte-order mark
   * @param delimiter the field separator; an ASCII character that is neither a quote nor a line
   *     break
   * @param maxRecordChars the bound on one record's length
   */
  PlainRecords(InputStream in, char delimiter, long maxRecordChars) {
    this(in, delimiter, maxRecordChars, 1 << 16);
  }

  /** As above, with another block size (tests use tiny ones to split every construct). */
  PlainRecords(InputStream in, char delimiter, long maxRecordChars, int blockSize) {
    if (!splits(delimiter)) {
      throw new IllegalArgumentException("not a delimiter for plain CSV: " + (int) delimiter);
    }
    this.in = in;
    this.delimiter = (byte) delimiter;
    this.most = maxRecordChars - BOUND_MARGIN;
    this.buffer = new byte[blockSize];
  }

  /** True for a delimiter this reader can split UTF-8 bytes at. */
  static boolean splits(char delimiter) {
    return delimiter < 0x80 && delimiter != QUOTE && delimiter != '\r' && delimiter != '\n';
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
      high = false;
      String value = buffer[pos] == QUOTE ? quoted() : unquoted();
      if (value == null) {
        return stop();
      }
      values.add(value);
      int inside = lines;
      if (!more()) {
        return record(inside);
      }
      byte c = buffer[pos];
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
  public boolean sawControls() {
    return controls;
  }

  @Override
  public long foreign() {
    return decoder.foreign();
  }

  @Override
  public Message warning() {
    return decoder.warning();
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
    boolean kept = false;
    while (true) {
      int end = limit;
      byte d = delimiter;
      while (pos < end) {
        byte c = buffer[pos];
        if (c == d) {
          return value(kept, from);
        }
        // bytes from 0x80 up are negative: one comparison finds them and the control characters
        if (c < 0x20) {
          if (c == '\n' || c == '\r') {
            return value(kept, from);
          }
          high |= c < 0;
          controls |= c >= 0 && GuardedReader.isControl((char) c);
        }
        pos++;
      }
      kept = keep(kept, from);
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
    boolean kept = false;
    while (true) {
      int end = limit;
      while (pos < end) {
        byte c = buffer[pos];
        if (c == QUOTE) {
          break;
        }
        if (c < 0x20) {
          if (c == '\n' || c == '\r') {
            lineBreak(c);
          } else {
            high |= c < 0;
            controls |= c >= 0 && GuardedReader.isControl((char) c);
          }
        }
        pos++;
      }
      if (pos == end) {
        // the block ends inside the field
        kept = keep(kept, from);
        if (!more()) {
          return null;
        }
        from = pos;
        continue;
      }
      if (pos + 1 < end && buffer[pos + 1] != QUOTE) {
        String value = value(kept, from);
        pos++;
        return value;
      }
      kept = keep(kept, from);
      pos++;
      if (!more() || buffer[pos] != QUOTE) {
        return text(spill, 0, spilled);
      }
      // a doubled quote stands for one: the second one starts the next run
      from = pos++;
    }
  }

  /**
   * Keeps the run before {@code pos}: the first run of a field replaces what the last field left,
   * later ones add to it.
   */
  private boolean keep(boolean kept, int from) {
    if (!kept) {
      spilled = 0;
    }
    int length = pos - from;
    if (spill.length - spilled < length) {
      spill = Arrays.copyOf(spill, Math.max(spilled + length, spill.length * 2));
    }
    System.arraycopy(buffer, from, spill, spilled, length);
    spilled += length;
    return true;
  }

  /** The field's value: the run from {@code from} alone, or what was kept plus that run. */
  private String value(boolean kept, int from) {
    if (!kept) {
      return text(buffer, from, pos);
    }
    keep(true, from);
    return text(spill, 0, spilled);
  }

  private String text(byte[] bytes, int from, int to) {
    // ASCII reads the same in Latin-1, whose Strings are a copy of the bytes
    return high
        ? decoder.decode(bytes, from, to)
        : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private void lineBreak(byte c) {
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
