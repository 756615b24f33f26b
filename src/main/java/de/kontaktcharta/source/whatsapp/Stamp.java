package de.kontaktcharta.source.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time that open every message line, before it is known which component is the day.
 *
 * @param format the line layout
 * @param first the first date component as written
 * @param second the second date component
 * @param third the third date component
 * @param firstDigits how many digits the first component has (4 means year first)
 * @param dotted true when the date uses dots, which only day-first locales do
 * @param hour the hour as written (1–12 with {@code twelveHour})
 * @param minute the minute
 * @param secondOfMinute the second, 0 when not written
 * @param twelveHour true when AM/PM follows the time
 * @param pm true for PM
 * @param restStart index in the line where the author (or the system text) begins
 * @param written the date and time as written, for problem reports
 */
record Stamp(
    ChatFormat format,
    int first,
    int second,
    int third,
    int firstDigits,
    boolean dotted,
    int hour,
    int minute,
    int secondOfMinute,
    boolean twelveHour,
    boolean pm,
    int restStart,
    String written) {

  private static final String SPACE = "[ \\u00a0\\u202f]";
  private static final String DATE_TIME =
      "(\\d{1,4})([./-])(\\d{1,2})\\3(\\d{1,4}),?"
          + SPACE
          + "+(?:\\p{L}{1,4}\\.?"
          + SPACE
          + "+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:"
          + SPACE
          + "*([AaPp])\\.?"
          + SPACE
          + "?[Mm]\\.?)?";
  private static final String MARKS = "^[\\u200e\\u200f\\ufeff]*";

  /* The date-time is group 1 of each pattern, so its separator is group 3 (see \\3 above). */

  private static final Pattern ANDROID =
      Pattern.compile(MARKS + "(" + DATE_TIME + ")" + SPACE + "-" + SPACE);
  private static final Pattern IOS =
      Pattern.compile(MARKS + "\\[(" + DATE_TIME + ")\\]" + SPACE + "?");
  private static final Pattern IOS_OLD = Pattern.compile(MARKS + "(" + DATE_TIME + "):" + SPACE);

  /** The stamp of a line in the given layout, or in any layout when it is null; null if none. */
  static Stamp parse(String line, ChatFormat format) {
    if (line.length() < 10) {
      return null;
    }
    if (format != null) {
      return parse(line, format, patternOf(format));
    }
    for (ChatFormat candidate : ChatFormat.values()) {
      Stamp stamp = parse(line, candidate, patternOf(candidate));
      if (stamp != null) {
        return stamp;
      }
    }
    return null;
  }

  private static Pattern patternOf(ChatFormat format) {
    switch (format) {
      case ANDROID:
        return ANDROID;
      case IOS:
        return IOS;
      default:
        return IOS_OLD;
    }
  }

  private static Stamp parse(String line, ChatFormat format, Pattern pattern) {
    Matcher m = pattern.matcher(line);
    if (!m.lookingAt()) {
      return null;
    }
    String ampm = m.group(9);
    return new Stamp(
        format,
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(2).length(),
        m.group(3).equals("."),
        Integer.parseInt(m.group(6)),
        Integer.parseInt(m.group(7)),
        m.group(8) == null ? 0 : Integer.parseInt(m.group(8)),
        ampm != null,
        ampm != null && (ampm.equals("p") || ampm.equals("P")),
        m.end(),
        m.group(1));
  }

  /** The order this stamp alone proves, or null when it fits more than one. */
  DateOrder provenOrder() {
    if (firstDigits == 4) {
      return DateOrder.YEAR_FIRST;
    }
    if (dotted || first > 12) {
      return DateOrder.DAY_FIRST;
    }
    return second > 12 ? DateOrder.MONTH_FIRST : null;
  }

  /** The local date and time in the given order, or null when no such date exists. */
  LocalDateTime toDateTime(DateOrder order) {
    int year;
    int month;
    int day;
    if (order == DateOrder.YEAR_FIRST) {
      year = first;
      month = second;
      day = third;
    } else {
      year = third;
      month = order == DateOrder.DAY_FIRST ? second : first;
      day = order == DateOrder.DAY_FIRST ? first : second;
    }
    int fullYear = year < 100 ? 2000 + year : year;
    int fullHour = twelveHour ? hour % 12 + (pm ? 12 : 0) : hour;
    if (twelveHour && (hour < 1 || hour > 12)) {
      return null;
    }
    try {
      return LocalDateTime.of(fullYear, month, day, fullHour, minute, secondOfMinute);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
