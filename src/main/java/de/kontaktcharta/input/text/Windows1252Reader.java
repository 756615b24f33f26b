package de.kontaktcharta.input.text;

import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes Windows-1252, except the byte sequences that can only be UTF-8 pasted into the file: a
 * UTF-8 letter of the Latin-1 range ({@code C3 BC} for ü, which Windows-1252 shows as "Ã¼") and
 * UTF-8 punctuation and currency ({@code E2 80 9E} for „, shown as "â€ž"). No text a person types
 * in Windows-1252 holds those pairs, so reading them as UTF-8 gives back what the user wrote; other
 * pairs that happen to be valid UTF-8 ("ß“" is {@code DF 93}) stay Windows-1252.
 */
final class Windows1252Reader extends ByteWindowReader {

  private long utf8Sequences;

  Windows1252Reader(InputStream in) {
    super(in);
  }

  @Override
  public long foreign() {
    return utf8Sequences;
  }

  @Override
  public Message warning() {
    return Message.of("problem.mixed-encoding.cp1252");
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      lookAhead(3);
      if (pos >= limit) {
        break;
      }
      int b = buf[pos] & 0xff;
      int utf8 = b < 0x80 ? -1 : utf8At();
      if (utf8 >= 0) {
        out[off + n++] = (char) utf8;
        pos += utf8 >= 0x800 ? 3 : 2;
        utf8Sequences++;
      } else {
        out[off + n++] = Utf8FallbackReader.cp1252(b);
        pos++;
      }
    }
    return n == 0 ? -1 : n;
  }

  /** The character of an unmistakable UTF-8 sequence at pos, or -1. */
  private int utf8At() {
    int b = buf[pos] & 0xff;
    if ((b == 0xc2 || b == 0xc3) && continuation(1)) {
      return (b & 0x1f) << 6 | (buf[pos + 1] & 0x3f);
    }
    if (b == 0xe2 && continuation(1) && continuation(2)) {
      int second = buf[pos + 1] & 0xff;
      if (second == 0x80 || second == 0x82) {
        return 0x2000 | (second & 0x3f) << 6 | (buf[pos + 2] & 0x3f);
      }
    }
    return -1;
  }

  private boolean continuation(int ahead) {
    return pos + ahead < limit && (buf[pos + ahead] & 0xc0) == 0x80;
  }
}
