package de.kontaktcharta.source.mail;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mbox separator line. Real writers differ: Gmail writes {@code From 1572544789079124110@xxx
 * Mon Jul 10 14:06:16 +0000 2017}, Thunderbird {@code From - Wed Apr 02 06:51:08 2014}, classic
 * Unix tools and Apple Mail {@code From erika@example.com Fri Jul 8 12:08:34 2011}, and Got Your
 * Back a bare {@code From }; Thunderbird has been seen writing {@code From - Sat Apr 12 2025
 * 15:59:28} and, for old messages, a bare {@code From -}. Thunderbird neither escapes every body
 * line starting with {@code From } nor always puts a blank line before its separators, so a line
 * only counts as a separator when it has the shape of one: a sender token, a month name, a time and
 * a four-digit year (or nothing but a {@code -} after {@code From }), and when a header line
 * follows it, which {@link #opensHeader} tells.
 */
final class FromLine {

  static final int MAX_LENGTH = 1000;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private FromLine() {}

  /** True when the line (without its line end) starts with {@code From } and has the shape. */
  static boolean isSeparator(byte[] bytes, int start, int end) {
    if (end - start < 5
        || bytes[start] != 'F'
        || bytes[start + 1] != 'r'
        || bytes[start + 2] != 'o'
        || bytes[start + 3] != 'm'
        || bytes[start + 4] != ' ') {
      return false;
    }
    String rest = text(bytes, start + 5, end).strip();
    return rest.isEmpty() || rest.equals("-") || hasShape(rest);
  }

  /** A sender token, then among the other words a month name, a time and a year. */
  private static boolean hasShape(String rest) {
    String[] words = SPACES.split(rest);
    boolean month = false;
    boolean time = false;
    boolean year = false;
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      month |= word.length() == 3 && MONTHS.contains(word.toLowerCase(Locale.ROOT));
      time |= isTime(word);
      year |=
          word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && digits(word);
    }
    return month && time && year;
  }

  /** {@code 14:06}, {@code 14:06:16}, {@code 4:06:16}. */
  private static boolean isTime(String word) {
    int colon = word.indexOf(':');
    return (colon == 1 || colon == 2)
        && word.length() >= colon + 3
        && digits(word.replace(":", ""));
  }

  private static boolean digits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** The date of a separator line, or null (always null for a bare {@code From }). */
  static OffsetDateTime date(String line) {
    String rest = line.startsWith("From ") ? line.substring(5).strip() : line.strip();
    int space = rest.indexOf(' ');
    return space < 0 ? null : MailDates.parse(rest.substring(space + 1));
  }

  /** The line as text, without a trailing carriage return, at most {@link #MAX_LENGTH} bytes. */
  static String text(byte[] bytes, int start, int end) {
    int stop = Math.min(end, start + MAX_LENGTH);
    if (stop > start && bytes[stop - 1] == '\r') {
      stop--;
    }
    return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
  }

  /**
   * True when the line after a separator opens a header: a header field, or an escaped second From_
   * line ({@code >From - Sat Apr 12 2025 15:59:28}), which Thunderbird's export add-on writes
   * between its own separator and the message's header.
   */
  static boolean opensHeader(byte[] bytes, int start, int end) {
    if (end - start > 6 && bytes[start] == '>' && isSeparator(bytes, start + 1, end)) {
      return true;
    }
    return isHeaderField(bytes, start, end);
  }

  /**
   * True when the line is a header field's first line: a name of printable ASCII characters
   * followed by a colon.
   */
  static boolean isHeaderField(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = bytes[i];
      if (c == ':') {
        return i > start;
      }
      if (c <= ' ' || c >= 127) {
        return false;
      }
    }
    return false;
  }
}
