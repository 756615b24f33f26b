package de.kontaktcharta.source.xingexport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time from a XING export. XING writes {@code 2014-06-19 06:32:37 UTC}, which is an
 * exact instant; a file re-saved by a spreadsheet program may have lost the zone or use German
 * dates, and then only the local date and time are known.
 *
 * @param instant the exact instant, or null when the text named no zone
 * @param local the wall-clock time, or null when {@code instant} is set
 */
public record XingTime(Instant instant, LocalDateTime local) {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(UTC|GMT|Z|[+-]\\d{2}:?\\d{2})?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GERMAN =
      Pattern.compile(
          "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}),?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  public XingTime {
    if ((instant == null) == (local == null)) {
      throw new IllegalArgumentException("exactly one of instant and local must be set");
    }
  }

  /** The calendar date: in UTC for an instant, else the local one. */
  public LocalDate date() {
    return instant != null ? instant.atOffset(ZoneOffset.UTC).toLocalDate() : local.toLocalDate();
  }

  /** True when the text named its zone, so the instant is exact. */
  public boolean exact() {
    return instant != null;
  }

  /** The time a text gives, or empty when it is blank or not a date. */
  public static Optional<XingTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        return Optional.of(fromIso(iso));
      }
      Matcher german = GERMAN.matcher(t);
      if (german.matches()) {
        LocalDateTime local =
            LocalDateTime.of(
                number(german.group(3)),
                number(german.group(2)),
                number(german.group(1)),
                orZero(german.group(4)),
                orZero(german.group(5)),
                orZero(german.group(6)));
        return Optional.of(new XingTime(null, local));
      }
    } catch (DateTimeException e) {
      // 2014-02-30 and the like: not a date
    }
    return Optional.empty();
  }

  private static XingTime fromIso(Matcher m) {
    LocalDateTime local =
        LocalDateTime.of(
            number(m.group(1)),
            number(m.group(2)),
            number(m.group(3)),
            orZero(m.group(4)),
            orZero(m.group(5)),
            orZero(m.group(6)));
    String zone = m.group(7);
    if (zone == null) {
      return new XingTime(null, local);
    }
    ZoneOffset offset =
        zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT") || zone.equalsIgnoreCase("Z")
            ? ZoneOffset.UTC
            : ZoneOffset.of(
                zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
    return new XingTime(local.toInstant(offset), null);
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static int orZero(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return instant != null ? instant.toString() : local.toString();
  }
}
