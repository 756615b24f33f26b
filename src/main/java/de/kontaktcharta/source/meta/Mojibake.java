package de.kontaktcharta.source.meta;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the encoding fault of Meta's exports: every byte of a string's UTF-8 form is written as
 * its own JSON escape of a code point up to U+00FF, so {@code ü} arrives as {@code Ã¼}. Repairing
 * means reading the characters back as bytes and decoding those as UTF-8 (compare {@code
 * chatalysis}, {@code chat-miner}, {@code skoelle/chat-archive} {@code encoding_fix.py}).
 */
public final class Mojibake {

  private Mojibake() {}

  /**
   * The repaired string. A string is left as it is when it cannot be such bytes (a character above
   * U+00FF) or when the bytes are not valid UTF-8, so correct text is never garbled: plain ASCII,
   * {@code Łódź}, {@code 😀} and a correct {@code Müller} all stay.
   */
  public static String repair(String s) {
    if (s == null) {
      return null;
    }
    boolean high = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return s;
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return s;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return s;
    }
  }
}
