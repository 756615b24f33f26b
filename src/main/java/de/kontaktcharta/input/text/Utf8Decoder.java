package de.kontaktcharta.input.text;

import de.kontaktcharta.model.Message;

/**
 * Decodes runs of UTF-8 bytes exactly as {@link Utf8FallbackReader} reads them: a byte that is not
 * part of a valid sequence is read as Windows-1252 and counted. For readers that split the bytes
 * themselves and decode only what they keep: a run that ends where a sequence is cut off reads as
 * the stream would, since a split falls on an ASCII byte, which no sequence contains.
 */
public final class Utf8Decoder implements MixedText {

  private char[] chars = new char[256];
  private long fallbackBytes;

  /** The text of {@code bytes[from..to)}. */
  public String decode(byte[] bytes, int from, int to) {
    if (chars.length < to - from) {
      // a byte gives at most one char, a four-byte sequence two
      chars = new char[Math.max(to - from, chars.length * 2)];
    }
    int n = 0;
    int i = from;
    while (i < to) {
      // a run of ASCII goes without the checks a multi-byte sequence needs
      while (i < to && bytes[i] >= 0) {
        chars[n++] = (char) bytes[i++];
      }
      if (i == to) {
        break;
      }
      int cp = Utf8Sequence.codePoint(bytes, i, to);
      if (cp < 0) {
        chars[n++] = Utf8FallbackReader.cp1252(bytes[i] & 0xff);
        fallbackBytes++;
        i++;
      } else {
        n += Character.toChars(cp, chars, n);
        i += Utf8Sequence.length(cp);
      }
    }
    return new String(chars, 0, n);
  }

  @Override
  public long foreign() {
    return fallbackBytes;
  }

  @Override
  public Message warning() {
    return Message.of("problem.mixed-encoding.utf8");
  }
}
