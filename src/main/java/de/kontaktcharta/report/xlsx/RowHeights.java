package de.kontaktcharta.report.xlsx;

/**
 * How tall a row with wrapped text must be. A workbook that leaves row heights to the program that
 * opens it gets rows of one line in LibreOffice, whose wrapped texts then run over the rows below;
 * so every row with more than one line of text gets its height written.
 *
 * <p>The lines are counted by wrapping the words as a spreadsheet program does, with each character
 * weighed against the width of a digit, the unit of column widths: {@code i} and {@code l} take
 * less than half of one, {@code m} and {@code W} more than one. The estimate errs slightly towards
 * a line too many: a row with a little room left is better than a text cut off.
 */
final class RowHeights {

  /** The height of one line of the default 11-point font, in points. */
  static final float LINE = 15f;

  /** The most a spreadsheet row may be, in points. */
  static final float MAX = 409f;

  private RowHeights() {}

  /** The lines a text takes in a column of the given width, wrapped at spaces and line breaks. */
  static int lines(String text, int width) {
    if (text.isEmpty()) {
      return 1;
    }
    // the cell's inner margins take a little of the column
    double room = Math.max(1, width - 0.3);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += paragraphLines(paragraph, room);
    }
    return lines;
  }

  private static int paragraphLines(String paragraph, double room) {
    int lines = 1;
    double used = 0;
    int i = 0;
    int n = paragraph.length();
    while (i < n) {
      int end = i;
      double word = 0;
      while (end < n && paragraph.charAt(end) != ' ') {
        word += weight(paragraph.charAt(end));
        end++;
      }
      double space = used == 0 ? 0 : weight(' ');
      if (used > 0 && used + space + word > room) {
        lines++;
        used = 0;
        space = 0;
      }
      // a word longer than the column is broken within itself
      while (word > room) {
        lines++;
        word -= room;
      }
      used += space + word;
      i = end + 1;
    }
    return lines;
  }

  /**
   * A character's width in digits of the default font (Calibri and its twin Carlito), a little on
   * the wide side: a program that draws the text in a wider font fits fewer words on a line.
   * Checked against LibreOffice's wrapping of the sample report, where a text falls back to DejaVu
   * Sans.
   */
  static double weight(char c) {
    if (c == ' ' || "iljI.,;:'!|".indexOf(c) >= 0) {
      return 0.45;
    }
    if ("ftr()[]-/\"\u201e\u201c".indexOf(c) >= 0) {
      return 0.6;
    }
    if (c == 'm' || c == 'w') {
      return 1.35;
    }
    if (c == 'M' || c == 'W' || c == '@' || c == '%') {
      return 1.6;
    }
    if (Character.isUpperCase(c)) {
      return 1.05;
    }
    return Character.isDigit(c) ? 1.0 : 0.85;
  }

  /** The height of a row whose tallest cell takes the given lines; 0 for a row of one line. */
  static float height(int lines) {
    return lines <= 1 ? 0 : Math.min(MAX, lines * LINE + 2);
  }
}
