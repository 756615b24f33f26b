package de.kontaktcharta.model;

import java.util.Objects;

/**
 * Where a fact came from: a file (or an archive entry, or a workbook sheet) and a 1-based line.
 *
 * @param file display name of the input, e.g. {@code export.zip!Connections.csv}, {@link
 *     #printable}
 * @param line 1-based physical line or sheet row; 0 when the whole file is meant
 */
public record SourceRef(String file, int line) implements Comparable<SourceRef> {

  public SourceRef {
    file = printable(Objects.requireNonNull(file, "file"));
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
  }

  /**
   * A file name as it is shown: control characters (a line break, an escape) and the marks that
   * reorder text become {@code ?}, so that a name is one line, reads as it is spelled, and the same
   * name is shown the same everywhere: on the terminal, in report cells, as a key between them.
   */
  public static String printable(String name) {
    int i = 0;
    while (i < name.length() && !hidden(name.charAt(i))) {
      i++;
    }
    if (i == name.length()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name);
    for (; i < out.length(); i++) {
      if (hidden(out.charAt(i))) {
        out.setCharAt(i, '?');
      }
    }
    return out.toString();
  }

  private static boolean hidden(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  public static SourceRef wholeFile(String file) {
    return new SourceRef(file, 0);
  }

  @Override
  public int compareTo(SourceRef other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
