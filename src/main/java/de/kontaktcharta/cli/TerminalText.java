package de.kontaktcharta.cli;

import de.kontaktcharta.model.SourceRef;

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
      out.append(c == '\t' ? ' ' : SourceRef.hidden(c) ? '?' : c);
    }
    return out.toString();
  }
}
