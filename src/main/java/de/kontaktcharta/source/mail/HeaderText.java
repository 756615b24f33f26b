package de.kontaktcharta.source.mail;

import java.nio.charset.StandardCharsets;

/**
 * Turns raw header bytes into text. Headers should be ASCII, but 8-bit bytes occur: raw UTF-8 from
 * modern clients and ISO-8859-1 from old ones. Bytes that form valid UTF-8 are read as UTF-8, all
 * others as ISO-8859-1, which maps every byte to a character and so never fails or loses one.
 */
final class HeaderText {

  private HeaderText() {}

  static String decode(byte[] bytes, int offset, int length) {
    if (!isAscii(bytes, offset, length) && isUtf8(bytes, offset, length)) {
      return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  static boolean isAscii(byte[] bytes, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Well-formed UTF-8 sequences only (lead byte, then the right number of continuation bytes). */
  static boolean isUtf8(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int lead = bytes[i] & 0xff;
      int continuation;
      if (lead < 0x80) {
        continuation = 0;
      } else if (lead >= 0xc2 && lead <= 0xdf) {
        continuation = 1;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        continuation = 2;
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        continuation = 3;
      } else {
        return false;
      }
      if (i + continuation >= end && continuation > 0) {
        return false;
      }
      for (int k = 1; k <= continuation; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += continuation + 1;
    }
    return true;
  }
}
