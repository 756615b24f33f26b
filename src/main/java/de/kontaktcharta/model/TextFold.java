package de.kontaktcharta.model;

import java.text.Normalizer;

/**
 * Folds text for comparison: lower case, German umlauts spelled out ({@code ü → ue}), other
 * diacritics removed, and optionally everything that is not a letter or digit turned into single
 * spaces.
 */
public final class TextFold {

  /** The end of the characters whose folding is worked out once: Latin-1 to Latin Extended-B. */
  private static final int TABLE_END = 0x250;

  /**
   * The folding of U+0080 to U+024F, made with {@link #foldSlowly} when the class is loaded: an
   * accented letter otherwise costs a Unicode decomposition each time, and message bodies are full
   * of them. Never changed after that.
   */
  private static final String[] LATIN = latin();

  private TextFold() {}

  private static String[] latin() {
    String[] table = new String[TABLE_END - 0x80];
    StringBuilder out = new StringBuilder(4);
    for (char c = 0x80; c < TABLE_END; c++) {
      out.setLength(0);
      foldSlowly(c, out);
      table[c - 0x80] = out.toString();
    }
    return table;
  }

  /** Lower case with umlauts spelled out and diacritics removed; punctuation is kept. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      appendFolded(text.charAt(i), out);
    }
    return out.toString();
  }

  /** {@link #fold(String)} with every run of non-alphanumeric characters reduced to one space. */
  public static String words(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /**
   * Appends the folded form of one character: ASCII lower case, {@code ä → ae}, {@code ß → ss},
   * accented letters without their accent ({@code é → e}, {@code ł → l}, {@code ø → o}),
   * typographic spaces as plain spaces.
   */
  public static void appendFolded(char c, StringBuilder out) {
    if (c < 0x80) {
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    } else if (c < TABLE_END) {
      out.append(LATIN[c - 0x80]);
    } else {
      foldSlowly(c, out);
    }
  }

  /** The folded form of one character, as {@link #appendFolded} appends it. */
  public static String folded(char c) {
    if (c >= 0x80 && c < TABLE_END) {
      return LATIN[c - 0x80];
    }
    StringBuilder out = new StringBuilder(4);
    appendFolded(c, out);
    return out.toString();
  }

  /** {@link #appendFolded} for a character from U+0080 on, worked out from its decomposition. */
  static void foldSlowly(char c, StringBuilder out) {
    switch (c) {
      case 'ä', 'Ä' -> out.append("ae");
      case 'ö', 'Ö' -> out.append("oe");
      case 'ü', 'Ü' -> out.append("ue");
      case 'ß', 'ẞ' -> out.append("ss");
      // letters with a stroke or ligatures have no decomposition to strip
      case 'ł', 'Ł' -> out.append('l');
      case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
      case 'ø', 'Ø' -> out.append('o');
      case 'ı' -> out.append('i');
      case 'æ', 'Æ' -> out.append("ae");
      case 'œ', 'Œ' -> out.append("oe");
      case 'þ', 'Þ' -> out.append("th");
      case '\u00a0', '\u202f', '\u2007', '\u2009' -> out.append(' ');
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u00b4', '\u0060' -> out.append('\'');
      case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> out.append('"');
      default -> {
        if (!Character.isLetter(c)) {
          out.append(c);
          return;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        for (int i = 0; i < decomposed.length(); i++) {
          char d = decomposed.charAt(i);
          if (Character.getType(d) != Character.NON_SPACING_MARK) {
            out.append(Character.toLowerCase(d));
          }
        }
      }
    }
  }

  /** True when the value is null or only white space (including no-break spaces). */
  public static boolean isBlank(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u202f') {
        return false;
      }
    }
    return true;
  }

  /** Trims white space including no-break spaces; null becomes the empty string. */
  public static String clean(String value) {
    if (value == null) {
      return "";
    }
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\ufeff';
  }
}
