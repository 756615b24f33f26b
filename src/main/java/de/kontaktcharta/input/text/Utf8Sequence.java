package de.kontaktcharta.input.text;

/**
 * Decodes one UTF-8 sequence by the strict rules (no overlong forms, no surrogates, nothing above
 * U+10FFFF), for the two places that must tell UTF-8 from Windows-1252 byte by byte: sniffing a
 * file's encoding and reading a UTF-8 file with stray Windows-1252 bytes.
 */
final class Utf8Sequence {

  /** The bytes are not a UTF-8 sequence. */
  static final int INVALID = -1;

  /** The bytes end before a sequence that is valid so far is complete. */
  static final int CUT_OFF = -2;

  private Utf8Sequence() {}

  /**
   * The code point of the multi-byte sequence at {@code start}, or {@link #INVALID} or {@link
   * #CUT_OFF}; only {@code bytes[start..limit)} is looked at.
   */
  static int codePoint(byte[] bytes, int start, int limit) {
    int b = bytes[start] & 0xff;
    int need;
    int cp;
    int min;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      return INVALID;
    }
    for (int k = 1; k <= need; k++) {
      if (start + k >= limit) {
        return CUT_OFF;
      }
      int c = bytes[start + k] & 0xff;
      if ((c & 0xc0) != 0x80) {
        return INVALID;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return INVALID;
    }
    return cp;
  }

  /** How many bytes the UTF-8 sequence of a code point has. */
  static int length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
