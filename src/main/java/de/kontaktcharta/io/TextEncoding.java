package de.kontaktcharta.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file, recognised from its first bytes: a byte-order mark, the zero bytes
 * of UTF-16 without one, valid UTF-8, and otherwise Windows-1252 (what German Excel writes).
 */
enum TextEncoding {
  UTF_8_BOM("UTF-8 with BOM", StandardCharsets.UTF_8, 3),
  UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
  UTF_16LE_BOM("UTF-16LE with BOM", StandardCharsets.UTF_16LE, 2),
  UTF_16BE_BOM("UTF-16BE with BOM", StandardCharsets.UTF_16BE, 2),
  UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, 0),
  UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, 0),
  WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), 0);

  /** How many bytes are examined. */
  static final int SNIFF_BYTES = 64 * 1024;

  private final String label;
  private final Charset charset;
  private final int bomLength;

  TextEncoding(String label, Charset charset, int bomLength) {
    this.label = label;
    this.charset = charset;
    this.bomLength = bomLength;
  }

  String label() {
    return label;
  }

  Charset charset() {
    return charset;
  }

  /**
   * Recognises the encoding.
   *
   * @param head the first bytes of the file
   * @param complete true when head is the whole file
   */
  static TextEncoding sniff(byte[] head, boolean complete) {
    int n = head.length;
    if (n >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      return UTF_8_BOM;
    }
    if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      return UTF_16LE_BOM;
    }
    if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      return UTF_16BE_BOM;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    int pairs = Math.min(n, 4096) / 2;
    for (int i = 0; i < pairs * 2; i += 2) {
      zeroEven += head[i] == 0 ? 1 : 0;
      zeroOdd += head[i + 1] == 0 ? 1 : 0;
    }
    if (pairs >= 4 && zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
      return UTF_16LE;
    }
    if (pairs >= 4 && zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
      return UTF_16BE;
    }
    // A file re-saved in parts by another program holds UTF-8 and Windows-1252 side by side; the
    // UTF-8 reader reads the stray bytes as Windows-1252, so both parts come out right.
    return isUtf8(head, complete) || hasUtf8Sequence(head) ? UTF_8 : WINDOWS_1252;
  }

  /** True when the bytes hold at least one valid multi-byte UTF-8 sequence (an encoded ü). */
  static boolean hasUtf8Sequence(byte[] head) {
    for (int i = 0; i + 1 < head.length; i++) {
      int b = head[i] & 0xff;
      int need =
          b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      if (need == 0 || i + need >= head.length) {
        continue;
      }
      boolean valid = true;
      for (int k = 1; k <= need; k++) {
        valid &= (head[i + k] & 0xc0) == 0x80;
      }
      if (valid) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8(byte[] head, boolean complete) {
    int end = head.length;
    if (!complete) {
      // do not judge a sequence cut off by the sniffing window
      int back = 0;
      while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xc0) == 0x80) {
        back++;
      }
      if (end - back - 1 >= 0 && (head[end - back - 1] & 0xff) >= 0xc0) {
        end = end - back - 1;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static TextEncoding byLabel(String label) {
    for (TextEncoding e : values()) {
      if (e.label.equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown encoding: " + label);
  }

  /** A reader over the stream after the byte-order mark. */
  Reader reader(InputStream in) throws IOException {
    if (in.skip(bomLength) != bomLength && bomLength > 0) {
      throw new IOException("file ends inside its byte-order mark");
    }
    if (charset == StandardCharsets.UTF_8) {
      return new Utf8FallbackReader(in);
    }
    return new InputStreamReader(in, charset);
  }
}
