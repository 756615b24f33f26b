package de.kontaktcharta.report;

/**
 * Text from the inputs made fit for a report cell. Control characters have no business in a cell (a
 * spreadsheet cannot even hold most of them), and the invisible marks that embed, override or
 * isolate the direction of text would show a name in another order than it is spelled: {@code "Anna
 * \u202Egreb"} would read "Anna berg". Line breaks and tabs stay where text may span lines.
 */
final class Printable {

  private Printable() {}

  /** The text without control characters (but tab and line breaks) and direction overrides. */
  static String text(String text) {
    int i = 0;
    while (i < text.length() && !dropped(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!dropped(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text on one line: also tabs and line breaks become spaces. */
  static String line(String text) {
    String clean = text(text);
    if (clean.indexOf('\n') < 0 && clean.indexOf('\r') < 0 && clean.indexOf('\t') < 0) {
      return clean;
    }
    return clean.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  private static boolean dropped(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
