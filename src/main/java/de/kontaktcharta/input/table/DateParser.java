package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.TextFold;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates of every export the tool knows, with explicit patterns (never the localised
 * styles, which changed with CLDR 42): ISO {@code 2024-12-16 18:24:37 UTC}, {@code 2024/12/07 …},
 * LinkedIn's {@code 16 Dec 2024}, Excel's {@code 6-Feb-26}, US {@code 12/15/24, 7:47 AM}, German
 * {@code 05.10.2026} and {@code 5. Okt. 2026}, {@code Tue Aug 30 14:33:11 UTC 2022}, {@code Apr 11,
 * 2024 08:00 AM}, and Excel day numbers.
 */
public final class DateParser {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2100;

  private static final Pattern EXCEL_DAY_AND_TIME = Pattern.compile("\\d{5}[.,]\\d+");

  /** The months as {@code MMM} writes them in English. */
  private static final List<String> SHORT_MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private final List<DateTimeFormatter> monthNames;
  private final DateOrder order;

  /** A parser for LinkedIn's month-first slash dates. */
  public DateParser() {
    this(DateOrder.MONTH_FIRST);
  }

  /** A parser for a file whose slash dates are written in the order given. */
  public DateParser(DateOrder order) {
    this.order = order;
    monthNames =
        List.of(
            formatter("d MMM uuuu", Locale.US),
            formatter("d-MMM-uu", Locale.US),
            formatter("d-MMM-uuuu", Locale.US),
            formatter("d MMM uu", Locale.US),
            formatter("MMM d, uuuu", Locale.US),
            formatter("MMM d uuuu", Locale.US),
            formatter("d MMMM uuuu", Locale.US),
            formatter("MMMM d, uuuu", Locale.US),
            formatter("d. MMMM uuuu", Locale.GERMAN),
            formatter("d. MMM uuuu", Locale.GERMAN),
            formatter("d MMM uuuu", Locale.GERMAN),
            formatter("d-MMM-uu", Locale.GERMAN),
            formatter("d. MMM. uuuu", Locale.GERMAN),
            formatter("EEE MMM d HH:mm:ss zzz uuuu", Locale.US));
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .parseLenient()
        .appendPattern(pattern)
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Parses a date.
   *
   * @return empty for an empty cell
   * @throws DateTimeException when the text is no date this parser knows
   */
  public Optional<LocalDate> parse(String raw) {
    String text = TextFold.clean(raw);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LocalDate numeric = numeric(text);
    if (numeric != null) {
      return Optional.of(plausible(numeric, text));
    }
    String cut = withoutTime(text);
    LocalDate linkedIn = dayMonthYear(cut);
    if (linkedIn != null) {
      return Optional.of(plausible(linkedIn, text));
    }
    for (DateTimeFormatter f : monthNames) {
      try {
        return Optional.of(
            plausible(
                LocalDate.from(f.parse(f == monthNames.get(monthNames.size() - 1) ? text : cut)),
                text));
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    throw new BadDateException(Message.of("cause.no-date", abbreviate(text)));
  }

  /**
   * The date, when its year is one a contact, a meeting or an export can have. Placeholders such as
   * {@code 0000-01-01}, Excel's day zero ({@code 1899-12-30}) and typing slips ({@code 01 Jan
   * 20244}) are otherwise real dates that would turn ages and expiries upside down.
   */
  private static LocalDate plausible(LocalDate date, String text) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new BadDateException(
          Message.of(
              "cause.date-years",
              abbreviate(text),
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)));
    }
    return date;
  }

  /**
   * Like {@link #parse}, but an unreadable date is noted on the row and read as empty.
   *
   * @param column the column's name for the note
   */
  public LocalDate parseOrNote(String raw, RowCounter counter, int line, String column) {
    try {
      return parse(raw).orElse(null);
    } catch (DateTimeException e) {
      counter.note(line, Message.of("problem.bad-date.kept", column, BadDateException.why(e)));
      return null;
    }
  }

  /**
   * Like {@link #parse} for rows that mean nothing without their date (a meeting, an interaction):
   * a missing or unreadable date skips the row.
   *
   * @param column the column's name for the message
   */
  public Optional<LocalDate> parseRequired(
      String raw, RowCounter counter, int line, String column) {
    try {
      Optional<LocalDate> date = parse(raw);
      if (date.isEmpty()) {
        counter.skip(line, Message.of("problem.missing-date", column));
      }
      return date;
    } catch (DateTimeException e) {
      counter.skip(line, Message.of("problem.bad-date", column, BadDateException.why(e)));
      return Optional.empty();
    }
  }

  /**
   * Dates made of digits and separators only; null when the text is not one. One method for all of
   * them, because their order of trying (Excel numbers, ISO, then the file's slash order) is what
   * tells them apart.
   */
  private LocalDate numeric(String text) {
    // the pattern is tried only where its sixth character can be: most dates are not Excel's
    if (text.length() > 6
        && (text.charAt(5) == '.' || text.charAt(5) == ',')
        && EXCEL_DAY_AND_TIME.matcher(text).matches()) {
      // an Excel day number with the time of day as its fraction: 45000.5 is noon
      return excelDay(Integer.parseInt(text.substring(0, 5)));
    }
    int[] parts = new int[3];
    int[] lengths = new int[3];
    char[] separators = new char[2];
    int part = 0;
    int i = 0;
    int n = text.length();
    while (i < n && part < 3) {
      int start = i;
      int value = 0;
      while (i < n && Character.isDigit(text.charAt(i)) && i - start < 5) {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      parts[part] = value;
      lengths[part] = i - start;
      part++;
      if (part < 3) {
        if (i >= n) {
          break;
        }
        char sep = text.charAt(i);
        if (sep != '-' && sep != '/' && sep != '.') {
          return null;
        }
        separators[part - 1] = sep;
        i++;
      }
    }
    if (part == 1 && i == n && lengths[0] == 5) {
      return excelDay(parts[0]);
    }
    if (part < 3 || (i < n && !isTimeTail(text.charAt(i)))) {
      return null;
    }
    if (separators[0] != separators[1]) {
      return null;
    }
    try {
      if (lengths[0] == 4) {
        return LocalDate.of(parts[0], parts[1], parts[2]);
      }
      int year = lengths[2] <= 2 ? 2000 + parts[2] : parts[2];
      if (lengths[2] != 2 && lengths[2] != 4) {
        return null;
      }
      return separators[0] == '/' && order == DateOrder.MONTH_FIRST
          ? LocalDate.of(year, parts[0], parts[1])
          : LocalDate.of(year, parts[1], parts[0]);
    } catch (DateTimeException e) {
      String key =
          separators[0] != '/'
              ? "cause.invalid-date"
              : order == DateOrder.MONTH_FIRST
                  ? "cause.invalid-date.month-first"
                  : "cause.invalid-date.day-first";
      throw new BadDateException(Message.of(key, abbreviate(text)), e);
    }
  }

  /**
   * LinkedIn's own form, {@code 14 Nov 2026}, read without a formatter: the first formatter reads
   * it to the same date, but takes microseconds for what an export has once per connection. Null
   * for any other text (an impossible date too), which the formatters then try as before.
   */
  private static LocalDate dayMonthYear(String text) {
    int space = text.indexOf(' ');
    if (space < 1 || space > 2 || text.length() != space + 9 || text.charAt(space + 4) != ' ') {
      return null;
    }
    int day = digits(text, 0, space);
    int year = digits(text, space + 5, text.length());
    int month = 0;
    while (month < SHORT_MONTHS.size()
        && !text.regionMatches(true, space + 1, SHORT_MONTHS.get(month), 0, 3)) {
      month++;
    }
    if (day < 0 || year < 0 || month == SHORT_MONTHS.size()) {
      return null;
    }
    try {
      return LocalDate.of(year, month + 1, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits from {@code from} to {@code to} spell, -1 for anything else. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** What may follow a date: a time, a zone, a comma. */
  private static boolean isTimeTail(char first) {
    return first == ' ' || first == 'T' || first == ',';
  }

  private static LocalDate excelDay(int serial) {
    // Excel's day 1 is 1900-01-01, counted with the fictitious 29 Feb 1900.
    if (serial < 20_000 || serial > 80_000) {
      return null;
    }
    return LocalDate.of(1899, 12, 30).plusDays(serial);
  }

  /** Cuts a trailing time such as ", 7:47 AM" or " 08:00 AM" from month-name dates. */
  private static String withoutTime(String text) {
    int comma = text.indexOf(", ");
    if (comma > 0 && comma + 2 < text.length() && Character.isDigit(text.charAt(comma + 2))) {
      String after = text.substring(comma + 2);
      if (after.indexOf(':') > 0 && after.length() <= 11) {
        return text.substring(0, comma);
      }
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      int space = text.lastIndexOf(' ', colon);
      if (space > 0) {
        return text.substring(0, space);
      }
    }
    int dash = text.indexOf(" - ");
    return dash > 0 ? text.substring(0, dash) : text;
  }

  public static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
