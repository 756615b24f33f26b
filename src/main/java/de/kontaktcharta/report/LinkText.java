package de.kontaktcharta.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Profile links as people read them: {@code linkedin.com/in/carla-méndez-phd} rather than {@code
 * https://www.linkedin.com/in/carla-m%C3%A9ndez-phd/}. Only the shown text changes; the link keeps
 * its encoded address.
 */
final class LinkText {

  private LinkText() {}

  /** The address without scheme, {@code www.} and a closing slash, with %-escapes decoded. */
  static String readable(String url) {
    String text = decode(url.strip());
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")) {
      text = text.substring("https://".length());
    } else if (lower.startsWith("http://")) {
      text = text.substring("http://".length());
    }
    if (text.toLowerCase(Locale.ROOT).startsWith("www.")) {
      text = text.substring("www.".length());
    }
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Decodes each run of %-escapes as UTF-8; a run that is no UTF-8 (or holds a control character)
   * stays as written, so that nothing is shown that the address does not say.
   */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '%' || escape(text, i) < 0) {
        out.append(text.charAt(i++));
        continue;
      }
      int start = i;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      while (i < text.length() && text.charAt(i) == '%' && escape(text, i) >= 0) {
        bytes.write(escape(text, i));
        i += 3;
      }
      out.append(utf8(bytes.toByteArray(), text.substring(start, i)));
    }
    return out.toString();
  }

  private static String utf8(byte[] bytes, String asWritten) {
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? asWritten : decoded;
    } catch (CharacterCodingException e) {
      return asWritten;
    }
  }

  /** The byte a %-escape at the index stands for, or -1 when there is none. */
  private static int escape(String text, int at) {
    if (at + 2 >= text.length()) {
      return -1;
    }
    int high = Character.digit(text.charAt(at + 1), 16);
    int low = Character.digit(text.charAt(at + 2), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }
}
