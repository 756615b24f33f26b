package de.kontaktcharta.input.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a vCard or iCalendar file into its {@code BEGIN:X … END:X} blocks, each with the lines it
 * spans, so that every card or event can be parsed on its own: one broken card costs one card, and
 * problems carry the file's own line numbers. A block that a new {@code BEGIN:X} cuts off is
 * returned as unterminated. Large binary properties (photos, attachments) are dropped on the way.
 */
public final class TextBlocks implements Closeable {

  /** A card or event larger than this is damage (or a video), not contact data. */
  static final long MAX_BLOCK_CHARS = 4_000_000;

  /**
   * One block.
   *
   * @param firstLine the line of its {@code BEGIN}
   * @param lastLine its last line
   * @param lines its lines, dropped properties left out
   * @param terminated false when the file or the next block began before its {@code END}
   * @param tooLarge true when the block exceeded {@link #MAX_BLOCK_CHARS} and was cut
   */
  public record Block(
      int firstLine, int lastLine, List<String> lines, boolean terminated, boolean tooLarge) {

    public Block {
      lines = List.copyOf(lines);
    }

    public String text() {
      return String.join("\r\n", lines) + "\r\n";
    }
  }

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean afterCr;
  private boolean overlong;
  private final String begin;
  private final String end;
  private final Set<String> dropped;
  private final boolean countStray;
  private final Map<String, String> outer = new HashMap<>();
  private int line;
  private String pending;
  private int strayLines;
  private int firstStray;

  /**
   * @param reader the decoded file
   * @param component {@code VCARD} or {@code VEVENT}
   * @param dropped upper-case names of properties to leave out, e.g. {@code PHOTO}
   */
  public TextBlocks(Reader reader, String component, Set<String> dropped) {
    this.in = reader;
    this.begin = "BEGIN:" + component;
    this.end = "END:" + component;
    this.dropped = Set.copyOf(dropped);
    // a vCard file is nothing but cards; a calendar's events sit inside the calendar's own lines
    this.countStray = component.equals("VCARD");
  }

  /** The next block, or null at the end of the file. */
  public Block next() throws IOException {
    String first = pending != null ? pending : seekBegin();
    if (first == null) {
      return null;
    }
    int start = line;
    pending = null;
    List<String> lines = new ArrayList<>();
    lines.add(first);
    long chars = first.length();
    int nested = 0;
    boolean dropping = false;
    boolean tooLarge = false;
    String previous = "";
    String text;
    while ((text = readLine()) != null) {
      tooLarge |= overlong;
      String trimmed = text.strip();
      if (trimmed.equalsIgnoreCase(end)) {
        if (nested == 0) {
          lines.add(text);
          return new Block(start, line, lines, true, tooLarge);
        }
        nested--;
      } else if (trimmed.equalsIgnoreCase(begin)) {
        if (!name(previous).equals("AGENT")) {
          pending = text;
          return new Block(start, line - 1, lines, false, tooLarge);
        }
        nested++;
      }
      boolean continuation = text.startsWith(" ") || text.startsWith("\t");
      if (dropping && (continuation || text.isBlank())) {
        continue;
      }
      dropping = !continuation && dropped.contains(name(text));
      if (dropping || tooLarge) {
        continue;
      }
      chars += text.length() + 2;
      if (chars > MAX_BLOCK_CHARS) {
        tooLarge = true;
        continue;
      }
      lines.add(text);
      if (!continuation) {
        previous = text;
      }
    }
    return new Block(start, line, lines, false, tooLarge);
  }

  /** Reads on to the next {@code BEGIN}, noting the lines outside any block. */
  private String seekBegin() throws IOException {
    String text;
    while ((text = readLine()) != null) {
      String trimmed = text.strip();
      if (trimmed.equalsIgnoreCase(begin)) {
        return text;
      }
      if (trimmed.isEmpty()) {
        continue;
      }
      int colon = trimmed.indexOf(':');
      if (colon > 0) {
        outer.putIfAbsent(name(trimmed), trimmed.substring(colon + 1).trim());
      }
      if (countStray) {
        strayLines++;
        firstStray = firstStray == 0 ? line : firstStray;
      }
    }
    return null;
  }

  /**
   * The next line without its end (LF, CR or CRLF), or null at the end of the file. A line longer
   * than a whole block may be is read to its end but kept only in part, and {@link #overlong} is
   * set, so that one endless line costs its card and not the rest of the file.
   */
  private String readLine() throws IOException {
    StringBuilder text = new StringBuilder();
    overlong = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (text.length() == 0 && !overlong) {
            return null;
          }
          line++;
          return text.toString();
        }
      }
      char c = buffer[pos++];
      if (afterCr) {
        afterCr = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        afterCr = c == '\r';
        line++;
        return text.toString();
      }
      if (text.length() < MAX_BLOCK_CHARS) {
        text.append(c);
      } else {
        overlong = true;
      }
    }
  }

  /** The property name of a content line, without group prefix and parameters. */
  public static String name(String text) {
    int stop = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ':') {
        stop = i;
        break;
      }
    }
    String name = text.substring(0, stop).trim();
    int dot = name.lastIndexOf('.');
    return name.substring(dot + 1).toUpperCase(Locale.ROOT);
  }

  /** A property of the file outside the blocks (the calendar's VERSION, X-WR-TIMEZONE), or "". */
  public String outer(String name) {
    return outer.getOrDefault(name, "");
  }

  /** Non-blank lines outside any card of a vCard file. */
  public int strayLines() {
    return strayLines;
  }

  public int firstStrayLine() {
    return firstStray;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
