package de.kontaktcharta.report.xlsx;

/**
 * Makes text safe for a spreadsheet cell: characters that XML 1.0 forbids are dropped (a workbook
 * with them does not open), and text beyond Excel's 32,767 characters is cut with a note saying how
 * long it was.
 */
final class CellText {

  static final int EXCEL_MAX = 32_767;

  private CellText() {}

  static String sanitise(String text, String truncationNote) {
    String clean = stripIllegal(text);
    if (clean.length() <= EXCEL_MAX) {
      return clean;
    }
    String note = " " + truncationNote.replace("{0}", Integer.toString(clean.length()));
    int keep = EXCEL_MAX - note.length();
    if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
      keep--;
    }
    return clean.substring(0, keep) + note;
  }

  static String stripIllegal(String text) {
    int n = text.length();
    int i = 0;
    // most text is of the first range, checked here without a call per character
    while (i < n) {
      char c = text.charAt(i);
      if ((c >= 0x20 && c < 0xd800) || legal(text, i)) {
        i++;
      } else {
        break;
      }
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    for (; i < n; i++) {
      if (legal(text, i)) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean legal(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0xd800) {
      return true;
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || c == 0xfffe || c == 0xffff) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }
}
