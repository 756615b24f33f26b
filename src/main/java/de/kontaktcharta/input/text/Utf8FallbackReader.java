package de.kontaktcharta.input.text;

import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes UTF-8, but reads every byte that is not part of a valid UTF-8 sequence as Windows-1252
 * instead of replacing it. Files that users re-saved in parts with another program then still read
 * as the user sees them, and the number of such bytes is counted for a warning.
 */
public final class Utf8FallbackReader extends ByteWindowReader implements ControlWatching {

  /** Windows-1252 code points for bytes 0x80–0x9F; the rest of the upper half is Latin-1. */
  private static final char[] CP1252_HIGH = {
    '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
    '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
    '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
    '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178'
  };

  private int pendingLow = -1;
  private long fallbackBytes;
  private boolean controls;

  public Utf8FallbackReader(InputStream in) {
    super(in);
  }

  /** How many bytes were read as Windows-1252 so far. */
  long fallbackBytes() {
    return fallbackBytes;
  }

  @Override
  public long foreign() {
    return fallbackBytes;
  }

  @Override
  public boolean sawControls() {
    return controls;
  }

  @Override
  public Message warning() {
    return Message.of("problem.mixed-encoding.utf8");
  }

  static char cp1252(int b) {
    return b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : (char) b;
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pendingLow >= 0) {
      out[off + n++] = (char) pendingLow;
      pendingLow = -1;
    }
    while (n < len) {
      // Most text is printable ASCII: copy a run of it without the checks a multi-byte sequence
      // or a control character needs (a line break ends a run; the loop takes up the next one).
      int stop = Math.min(limit, pos + len - n);
      while (pos < stop && buf[pos] >= 0x20) {
        out[off + n++] = (char) buf[pos++];
      }
      if (n == len) {
        break;
      }
      lookAhead(4);
      if (pos >= limit) {
        break;
      }
      int b = buf[pos] & 0xff;
      if (b < 0x80) {
        controls |= GuardedReader.isControl((char) b);
        out[off + n++] = (char) b;
        pos++;
        continue;
      }
      int cp = decode();
      if (cp < 0) {
        out[off + n++] = cp1252(b);
        fallbackBytes++;
        pos++;
      } else if (cp >= 0x10000) {
        out[off + n++] = Character.highSurrogate(cp);
        pos += 4;
        if (n < len) {
          out[off + n++] = Character.lowSurrogate(cp);
        } else {
          pendingLow = Character.lowSurrogate(cp);
        }
      } else {
        out[off + n++] = (char) cp;
        pos += cp >= 0x800 ? 3 : 2;
      }
    }
    return n == 0 ? -1 : n;
  }

  /** The code point of the valid sequence at pos, or -1 (a sequence cut off by the end too). */
  private int decode() {
    int cp = Utf8Sequence.codePoint(buf, pos, limit);
    return cp < 0 ? -1 : cp;
  }
}
