package de.kontaktcharta.source.mail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines with one fixed buffer, so that memory stays constant for any file
 * size. A line longer than the buffer comes as several fragments: only the first has {@link
 * #lineStart}, only the last {@link #complete}. Line ends (LF or CRLF) are not part of a fragment,
 * except for the CR of a CRLF that {@link #contentEnd} leaves out.
 */
final class ByteLines {

  /** Eight bytes at a time: the newline search runs over gigabytes of message bodies. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final long LOW_SEVEN = 0x7f7f7f7f7f7f7f7fL;

  private final InputStream in;
  private final byte[] buffer;
  private int pos;
  private int limit;
  private boolean eof;
  private long bufferOffset;
  private long line;
  private boolean lastComplete = true;

  /** The current fragment: {@code buffer[start, end)}. */
  int start;

  int end;
  boolean lineStart;
  boolean complete;

  ByteLines(InputStream in, int bufferBytes) {
    this.in = in;
    this.buffer = new byte[bufferBytes];
  }

  byte[] buffer() {
    return buffer;
  }

  /** Absolute byte offset of the current fragment's first byte. */
  long offset() {
    return bufferOffset + start;
  }

  /** 1-based number of the line the current fragment belongs to. */
  long line() {
    return line;
  }

  /** Bytes consumed so far, including line ends. */
  long consumed() {
    return bufferOffset + pos;
  }

  /** The end of the fragment without the CR of a CRLF line end. */
  int contentEnd() {
    return complete && end > start && buffer[end - 1] == '\r' ? end - 1 : end;
  }

  /** True when the current fragment is a whole empty line. */
  boolean blank() {
    return lineStart && complete && contentEnd() == start;
  }

  /** Moves to the next fragment; false at the end of the stream. */
  boolean next() throws IOException {
    int scan = pos;
    while (true) {
      int newline = indexOfNewline(scan);
      if (newline >= 0) {
        setFragment(pos, newline, true);
        pos = newline + 1;
        return true;
      }
      scan = limit;
      if (eof) {
        if (pos == limit) {
          return false;
        }
        setFragment(pos, limit, true);
        pos = limit;
        return true;
      }
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        bufferOffset += pos;
        scan -= pos;
        limit -= pos;
        pos = 0;
      }
      if (limit == buffer.length) {
        setFragment(0, limit, false);
        pos = limit;
        return true;
      }
      fill();
    }
  }

  private int indexOfNewline(int from) {
    byte[] b = buffer;
    int stop = limit;
    int i = from;
    for (; i + 8 <= stop; i += 8) {
      long mask = newlineMask((long) LONGS.get(b, i));
      if (mask != 0) {
        return i + (Long.numberOfTrailingZeros(mask) >>> 3);
      }
    }
    for (; i < stop; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The high bit of every byte that is a line feed, and no other bit (exact, no borrows). */
  private static long newlineMask(long word) {
    long x = word ^ NEWLINES;
    return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
  }

  /**
   * Passes over whole lines already in the buffer up to the next line that starts with {@code From
   * } (a possible separator), counting them; used for message bodies, which are never kept. Stops
   * early at the end of the buffered bytes, where {@link #next} takes over. Only called at the
   * start of a line.
   */
  void skipLinesNotStartingWithFrom() {
    if (!lastComplete) {
      return;
    }
    byte[] b = buffer;
    int stop = limit;
    int at = pos;
    long skipped = 0;
    while (at + 5 <= stop && !startsWithFrom(b, at)) {
      int newline = indexOfNewline(at);
      if (newline < 0) {
        break;
      }
      skipped++;
      at = newline + 1;
    }
    pos = at;
    line += skipped;
  }

  private static boolean startsWithFrom(byte[] b, int at) {
    return b[at] == 'F'
        && b[at + 1] == 'r'
        && b[at + 2] == 'o'
        && b[at + 3] == 'm'
        && b[at + 4] == ' ';
  }

  private void fill() throws IOException {
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      eof = true;
    } else {
      limit += read;
    }
  }

  private void setFragment(int from, int to, boolean ends) {
    start = from;
    end = to;
    lineStart = lastComplete;
    complete = ends;
    if (lineStart) {
      line++;
    }
    lastComplete = ends;
  }
}
