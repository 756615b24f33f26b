package de.kontaktcharta.cli;

/**
 * Text from the inputs (file and entry names, cell values, library messages) made safe to print:
 * one line, and no character a terminal would act on. An archive entry named with an escape
 * sequence could otherwise retitle the window or hide the rest of the line, and a message with line
 * breaks would split one error over several lines of cron mail.
 */
final class TerminalText {

  private TerminalText() {}

  static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean breakRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        // a line break and the indentation around it become one space
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
          end--;
        }
        out.setLength(end);
        breakRun = true;
        continue;
      }
      if (breakRun) {
        breakRun = false;
        if (c == ' ' || c == '\t') {
          breakRun = true;
          continue;
        }
        out.append(' ');
      }
      out.append(c == '\t' ? ' ' : unsafe(c) ? '?' : c);
    }
    return out.toString();
  }

  /** Control characters and the invisible marks that reorder how a line is shown. */
  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
