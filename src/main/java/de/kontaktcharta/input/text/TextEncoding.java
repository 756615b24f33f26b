package de.kontaktcharta.input.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file, recognised from its first bytes: a byte-order mark, the zero bytes
 * of UTF-16 without one, UTF-8 (also with a few stray Windows-1252 bytes), and otherwise
 * Windows-1252 (what German Excel writes).
 */
public enum TextEncoding {
  UTF_8_BOM("UTF-8 with BOM", StandardCharsets.UTF_8, 3),
  UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
  UTF_16LE_BOM("UTF-16LE with BOM", StandardCharsets.UTF_16LE, 2),
  UTF_16BE_BOM("UTF-16BE with BOM", StandardCharsets.UTF_16BE, 2),
  UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, 0),
  UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, 0),
  WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), 0);

  /** How many bytes are examined. */
  public static final int SNIFF_BYTES = 64 * 1024;

  private final String label;
  private final Charset charset;
  private final int bomLength;

  TextEncoding(String label, Charset charset, int bomLength) {
    this.label = label;
    this.charset = charset;
    this.bomLength = bomLength;
  }

  public String label() {
    return label;
  }

  public Charset charset() {
    return charset;
  }

  /**
   * Recognises the encoding.
   *
   * @param head the first bytes of the file
   * @param complete true when head is the whole file
   */
  public static TextEncoding sniff(byte[] head, boolean complete) {
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
    return isUtf8(head, complete) || mostlyUtf8(head) ? UTF_8 : WINDOWS_1252;
  }

  /** True when the bytes hold at least one valid multi-byte UTF-8 sequence (an encoded ü). */
  /**
   * True when valid UTF-8 sequences outnumber the bytes that fit no sequence: then the file is
   * UTF-8 with some Windows-1252 mixed in, not Windows-1252 where a byte pair happens to look like
   * UTF-8 ("ß“" is DF 93 in both).
   */
  static boolean mostlyUtf8(byte[] head) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < head.length) {
      int b = head[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need =
          b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      boolean ok = need > 0 && i + need < head.length;
      for (int k = 1; ok && k <= need; k++) {
        ok = (head[i + k] & 0xc0) == 0x80;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && valid >= invalid;
  }

  /**
   * True when the head reads as UTF-8: every byte, or at least more multi-byte sequences than stray
   * bytes. A UTF-8 file with a few rows typed in Windows-1252 stays UTF-8, so that its correct rows
   * are not turned into mojibake; {@link Utf8FallbackReader} reads the stray bytes and counts them
   * for a warning. A Windows-1252 file has hardly any byte pairs that happen to be valid UTF-8.
   */
  private static boolean isUtf8(byte[] head, boolean complete) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < head.length) {
      if ((head[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int length = sequenceLength(head, i);
      if (length > 0) {
        valid++;
        i += length;
      } else if (length == 0 && !complete) {
        break; // a sequence cut off by the sniffing window is no evidence either way
      } else {
        invalid++;
        i++;
      }
    }
    return invalid == 0 || valid > invalid;
  }

  /**
   * The length of the valid UTF-8 sequence at {@code start}; 0 when the bytes end before a valid
   * start is complete; -1 when the bytes are not UTF-8 (overlong forms and surrogates included).
   */
  private static int sequenceLength(byte[] bytes, int start) {
    int cp = Utf8Sequence.codePoint(bytes, start, bytes.length);
    if (cp == Utf8Sequence.CUT_OFF) {
      return 0;
    }
    return cp == Utf8Sequence.INVALID ? -1 : Utf8Sequence.length(cp);
  }

  public static TextEncoding byLabel(String label) {
    for (TextEncoding e : values()) {
      if (e.label.equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown encoding: " + label);
  }

  /** The stream, its byte-order mark skipped. */
  public InputStream afterBom(InputStream in) throws IOException {
    in.skipNBytes(bomLength);
    return in;
  }

  /** A reader over the stream after the byte-order mark. */
  public Reader reader(InputStream in) throws IOException {
    afterBom(in);
    if (charset == StandardCharsets.UTF_8) {
      return new Utf8FallbackReader(in);
    }
    if (this == WINDOWS_1252) {
      return new Windows1252Reader(in);
    }
    return new InputStreamReader(in, charset);
  }
}
