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

  /** The widest character's weight. */
  private static final double WIDEST = 1.6;

  private RowHeights() {}

  /** The lines a text takes in a column of the given width, wrapped at spaces and line breaks. */
  static int lines(String text, int width) {
    if (text.isEmpty()) {
      return 1;
    }
    // the cell's inner margins take a little of the column
    double room = Math.max(1, width - 0.3);
    if (text.length() * WIDEST <= room && text.indexOf('\n') < 0) {
      // most cells: even in the widest letters the text fits on one line
      return 1;
    }
    int lines = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      lines += paragraphLines(text, start, end < 0 ? text.length() : end, room);
      if (end < 0) {
        return lines;
      }
      start = end + 1;
    }
  }

  /** The lines of the paragraph that runs from {@code from} to just before {@code to}. */
  private static int paragraphLines(String text, int from, int to, double room) {
    int lines = 1;
    double used = 0;
    int i = from;
    while (i < to) {
      int end = i;
      double word = 0;
      while (end < to && text.charAt(end) != ' ') {
        word += weight(text.charAt(end));
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
    switch (c) {
      case ' ', 'i', 'l', 'j', 'I', '.', ',', ';', ':', '\'', '!', '|' -> {
        return 0.45;
      }
      case 'f', 't', 'r', '(', ')', '[', ']', '-', '/', '"', '\u201e', '\u201c' -> {
        return 0.6;
      }
      case 'm', 'w' -> {
        return 1.35;
      }
      case 'M', 'W', '@', '%' -> {
        return WIDEST;
      }
      default -> {
        // the other ASCII letters and digits without the calls, which cost more than the rest
        // when the sheet writer runs on the quick compiler
        if (c >= 'a' && c <= 'z') {
          return 0.85;
        }
        if ((c >= 'A' && c <= 'Z') || (c > 0x7f && Character.isUpperCase(c))) {
          return 1.05;
        }
        return (c >= '0' && c <= '9') || (c > 0x7f && Character.isDigit(c)) ? 1.0 : 0.85;
      }
    }
  }

  /** The height of a row whose tallest cell takes the given lines; 0 for a row of one line. */
  static float height(int lines) {
    return lines <= 1 ? 0 : Math.min(MAX, lines * LINE + 2);
  }
}
