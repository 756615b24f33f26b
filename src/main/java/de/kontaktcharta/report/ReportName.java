package de.kontaktcharta.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a report file: {@code kontaktcharta-2026-11-25.xlsx} for a day's first report, then
 * {@code kontaktcharta-2026-11-25-2.xlsx}, {@code -3} … The one place that writes and reads it, so
 * that the report written next and the report read as the previous one always agree.
 *
 * @param day the run date
 * @param number 1 for the plain name, 2 for {@code -2} …
 * @param extension {@code xlsx}, {@code csv.zip} or {@code json}
 */
public record ReportName(LocalDate day, int number, String extension) {

  /** Newest first means the greatest by this order. */
  public static final Comparator<ReportName> AGE =
      Comparator.comparing(ReportName::day).thenComparingInt(ReportName::number);

  /**
   * The highest number a report name may carry. The bound keeps every name that {@link #next} gives
   * readable as a number, so that the report written last is always the newest by this order; a day
   * with that many reports gets no further one.
   */
  public static final int MAX_NUMBER = 999_999_999;

  /**
   * The day, then a number from 2 on without leading zeros (the plain name is the first), so that
   * every number has one spelling and the names of a day compare by their numbers.
   */
  private static final Pattern NAME =
      Pattern.compile("kontaktcharta-(\\d{4}-\\d{2}-\\d{2})(?:-([2-9]|[1-9]\\d{1,8}))?\\.(.+)");

  /** The report name a file has, if it has one. */
  public static Optional<ReportName> of(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(m.group(1));
      int number = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      return Optional.of(new ReportName(day, number, m.group(3)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public String fileName() {
    String base = "kontaktcharta-" + day;
    return (number == 1 ? base : base + "-" + number) + "." + extension;
  }

  /** The name of the next report of the same day and kind, unless this one has the last number. */
  Optional<ReportName> next() {
    return number >= MAX_NUMBER
        ? Optional.empty()
        : Optional.of(new ReportName(day, number + 1, extension));
  }
}
