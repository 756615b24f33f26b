package de.kontaktcharta.source.linkedin;

/**
 * Plain text from the small HTML fragments LinkedIn puts into message bodies ({@code <p
 * class="spinmail-quill-editor__spin-break">…</p>}).
 */
final class HtmlText {

  private HtmlText() {}

  static String toText(String html) {
    if (html == null || (html.indexOf('<') < 0 && html.indexOf('&') < 0)) {
      return html == null ? "" : html;
    }
    Collapsing out = new Collapsing(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          out.append(html, i, html.length());
          break;
        }
        out.append(' ');
        i = end + 1;
      } else if (c == '&') {
        int end = html.indexOf(';', i);
        String decoded = end > i && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
        if (decoded == null) {
          out.append(c);
          i++;
        } else {
          out.append(decoded, 0, decoded.length());
          i = end + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.text().trim();
  }

  /**
   * Replaces every run of two or more white-space characters (as the regular expression {@code \\s}
   * knows them) by one space; a single one stays as it is.
   */
  static String collapseSpaces(CharSequence text) {
    Collapsing out = new Collapsing(text.length());
    out.append(text, 0, text.length());
    return out.text();
  }

  /**
   * Text with runs of white space collapsed as it is appended, so that tags, entities and spaces
   * are dealt with in one pass over a body, without a second copy of it.
   */
  private static final class Collapsing {
    private final StringBuilder out;
    private char space;
    private int spaces;

    Collapsing(int capacity) {
      out = new StringBuilder(capacity);
    }

    void append(char c) {
      if (isSpace(c)) {
        space = c;
        spaces++;
        return;
      }
      flush();
      out.append(c);
    }

    void append(CharSequence text, int from, int to) {
      for (int k = from; k < to; k++) {
        append(text.charAt(k));
      }
    }

    private void flush() {
      if (spaces > 0) {
        out.append(spaces >= 2 ? ' ' : space);
        spaces = 0;
      }
    }

    String text() {
      flush();
      return out.toString();
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static String entity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return " ";
      default:
        break;
    }
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }
}
