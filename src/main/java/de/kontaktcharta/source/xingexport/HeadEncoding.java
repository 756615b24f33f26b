package de.kontaktcharta.source.xingexport;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding of a CSV file, decided from its first bytes. XING writes UTF-8 without a byte
 * order mark; a file opened and saved again in a spreadsheet program may come back with a mark, as
 * UTF-16 ("Unicode text") or as Windows-1252.
 *
 * @param charset the encoding
 * @param bomLength bytes of byte order mark to skip
 */
record HeadEncoding(Charset charset, int bomLength) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static HeadEncoding of(byte[] head, int length) {
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new HeadEncoding(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new HeadEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new HeadEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return new HeadEncoding(validUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /** The head as text; a character cut off at the end of the head becomes U+FFFD. */
  String decode(byte[] head, int length) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(Math.max(0, length - bomLength) + 1);
    decoder.decode(ByteBuffer.wrap(head, bomLength, Math.max(0, length - bomLength)), out, true);
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** A new decoder that replaces what it cannot decode, so that reading never stops on it. */
  CharsetDecoder decoder() {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static boolean startsWith(byte[] head, int length, int... bytes) {
    if (length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when the bytes are UTF-8; a sequence cut off by the end of the head is fine. */
  static boolean validUtf8(byte[] head, int length) {
    int i = 0;
    while (i < length) {
      int b = head[i] & 0xFF;
      int more;
      if (b < 0x80) {
        more = 0;
      } else if (b >= 0xC2 && b <= 0xDF) {
        more = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        more = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        more = 3;
      } else {
        return false;
      }
      for (int k = 1; k <= more; k++) {
        if (i + k >= length) {
          return true;
        }
        if ((head[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }
}
