package de.kontaktcharta.source.xingexport;

import java.util.Locale;

/** Cleaning of names and header cells. */
final class XingText {

  private XingText() {}

  /**
   * A name as it is compared: without control characters, with runs of spaces (no-break spaces
   * included) made one space, without spaces at the ends.
   */
  static String name(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
        space = out.length() > 0;
      } else if (!Character.isISOControl(c) && c != '\uFEFF') {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A header cell reduced to lower-case letters and digits, umlauts spelt out, so that {@code
   * "Kontakt bestätigt am"}, {@code kontakt_bestaetigt_am} and {@code KONTAKT BESTÄTIGT AM} are the
   * same.
   */
  static String compact(String header) {
    String lower = name(header).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ä' -> out.append("ae");
        case 'ö' -> out.append("oe");
        case 'ü' -> out.append("ue");
        case 'ß' -> out.append("ss");
        default -> {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** True when decoding replaced something in the text: the name is damaged. */
  static boolean damaged(String text) {
    return text.indexOf('\uFFFD') >= 0;
  }
}
