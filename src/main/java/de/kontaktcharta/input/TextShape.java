package de.kontaktcharta.input;

import de.kontaktcharta.input.table.Spreadsheet;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the first kilobytes of a text file look like before any header is looked for: a binary
 * format, binary data, program code, a Markdown or prose document.
 */
final class TextShape {

  private TextShape() {}

  static boolean startsWithHeading(String text) {
    String first = text.stripLeading();
    return first.startsWith("# ") || first.startsWith("## ");
  }

  static final Pattern CODE_LINE =
      Pattern.compile(
          "^(?:#!|import |from \\S+ import |def |class |package |function |const |let |var |#include"
              + " |<\\?php|<\\?xml|<!DOCTYPE|<html)");

  /**
   * A script or source file: its lines have commas too, and a string in it may look like a header
   * row, but whole lines of it begin as no export's row does.
   */
  static boolean looksLikeCode(String text) {
    return text.lines().limit(20).anyMatch(line -> CODE_LINE.matcher(line).find());
  }

  /** Plain prose: lines without any delimiter. */
  static boolean looksLikeDocument(String text) {
    String first = text.stripLeading();
    long lines = first.lines().limit(20).count();
    long tabular =
        first
            .lines()
            .limit(20)
            .filter(l -> l.indexOf(',') >= 0 || l.indexOf(';') >= 0 || l.indexOf('\t') >= 0)
            .count();
    return lines >= 3 && tabular == 0;
  }

  static String decode(byte[] head, TextEncoding encoding) throws IOException {
    try (Reader reader = encoding.reader(new ByteArrayInputStream(head))) {
      StringBuilder out = new StringBuilder(head.length);
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    }
  }

  static double nulShare(String text) {
    int nul = 0;
    int n = Math.min(text.length(), 4096);
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == 0) {
        nul++;
      }
    }
    return n == 0 ? 0 : (double) nul / n;
  }

  /** A description of a binary format that is not read as text, if the head shows one. */
  static Optional<Message> binaryFormat(byte[] head) {
    if (Spreadsheet.startsWith(head, '%', 'P', 'D', 'F')) {
      return Optional.of(Message.of("cause.pdf"));
    }
    return Optional.empty();
  }
}
