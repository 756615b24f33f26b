package de.kontaktcharta.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Content lines of iCalendar and vCard 3.0: CRLF, folded at 75 octets, text escaped. */
final class Ics {

  private final Writer out;

  Ics(Writer out) {
    this.out = out;
  }

  /** Writes one content line, folded so that no physical line exceeds 75 octets. */
  void line(String line) throws IOException {
    int octets = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int size = String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
      if (Character.isHighSurrogate(c)) {
        size = 4;
      } else if (Character.isLowSurrogate(c)) {
        size = 0;
      }
      if (octets + size > 75 && size > 0) {
        out.write("\r\n ");
        octets = 1;
      }
      out.write(c);
      octets += size;
    }
    out.write("\r\n");
  }

  /** A TEXT value: backslash, comma, semicolon and line breaks escaped. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
  }

  /** A parameter value, quoted when it holds a character that ends parameters. */
  static String param(String value) {
    return value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf(':') >= 0
        ? "\"" + value + "\""
        : value;
  }
}
