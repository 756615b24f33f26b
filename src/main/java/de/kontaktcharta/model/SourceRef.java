package de.kontaktcharta.model;

import java.util.Objects;

/**
 * Where a fact came from: a file (or an archive entry, or a workbook sheet) and a 1-based line; in
 * a mailbox, where lines run into the hundreds of millions, the message's number and the byte
 * offset where it starts.
 *
 * @param file display name of the input, e.g. {@code export.zip!Connections.csv}, {@link
 *     #printable}
 * @param line 1-based physical line or sheet row; 0 when the whole file (or a message) is meant
 * @param message 1-based number of the message in a mailbox; 0 when the position is a line
 * @param offset byte offset of the message in the mailbox; 0 with {@code message} 0
 */
public record SourceRef(String file, int line, long message, long offset)
    implements Comparable<SourceRef> {

  public SourceRef {
    file = printable(Objects.requireNonNull(file, "file"));
    if (line < 0 || message < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "negative position: line " + line + ", message " + message + ", offset " + offset);
    }
  }

  /** A line of a file. */
  public SourceRef(String file, int line) {
    this(file, line, 0, 0);
  }

  /**
   * A file name as it is shown: control characters (a line break, an escape) and the marks that
   * reorder text become {@code ?}, so that a name is one line, reads as it is spelled, and the same
   * name is shown the same everywhere: on the terminal, in report cells, as a key between them.
   */
  public static String printable(String name) {
    // a source is made for every row read, and nearly every name is plain ASCII: that case costs
    // one comparison per character, not a call
    int i = 0;
    int n = name.length();
    while (i < n) {
      char c = name.charAt(i);
      if ((c >= 0x20 && c < 0x7f) || (c > 0x9f && !hidden(c))) {
        i++;
      } else {
        break;
      }
    }
    if (i == n) {
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

  /**
   * True for a character a name must not show as it is: a control character, or a mark that
   * reorders how text is shown (the Arabic letter mark, LRM, RLM, the embeddings, overrides and
   * isolates).
   */
  public static boolean hidden(char c) {
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

  /** A message of a mailbox: its number and the byte offset where it starts. */
  public static SourceRef message(String file, long number, long offset) {
    if (number < 1) {
      throw new IllegalArgumentException("message numbers start at 1: " + number);
    }
    return new SourceRef(file, 0, number, offset);
  }

  /** True when the position is a message of a mailbox rather than a line. */
  public boolean isMessage() {
    return message > 0;
  }

  @Override
  public int compareTo(SourceRef other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Long.compare(message, other.message);
  }

  /** {@code file:line}, or {@code file #message @offset}; the report says it in words. */
  @Override
  public String toString() {
    if (message > 0) {
      return file + " #" + message + " @" + offset;
    }
    return line == 0 ? file : file + ":" + line;
  }
}
