package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.English;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date formats the exports write (docs/formats/) and the usual spreadsheet ones. */
class DateParserTest {

  private final DateParser parser = new DateParser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Connections "Connected On"
        "16 Dec 2024|2024-12-16",
        "09 Sep 2022|2022-09-09",
        "01 Aug 2024|2024-08-01",
        "9 SEP 2022|2022-09-09",
        "17 Nov 2025|2025-11-17",
        // Excel re-saved copies
        "6-Feb-26|2026-02-06",
        "14-Aug-25|2025-08-14",
        "14-Aug-2025|2025-08-14",
        // Invitations "Sent At", 2018 files
        "12/15/24, 7:47 AM|2024-12-15",
        "1/8/18, 6:14 PM|2018-01-08",
        "12/14/24, 11:19 PM|2024-12-14",
        "09/19/24, 12:47 AM|2024-09-19",
        // Recommendations, zero-padded
        "12/09/22, 07:18 PM|2022-12-09",
        // messages, endorsements, reactions
        "2024-12-16 18:24:37 UTC|2024-12-16",
        "2024/12/07 14:51:07 UTC|2024-12-07",
        "2022-09-11 02:49:29|2022-09-11",
        "2024-12-16T18:24:37Z|2024-12-16",
        "2024-02-29|2024-02-29",
        // Company Follows, Events
        "Tue Aug 30 14:33:11 UTC 2022|2022-08-30",
        "Apr 11, 2024 08:00 AM - Apr 11, 2024 09:00 AM|2024-04-11",
        "Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM|2022-09-23",
        "Mar 25 2023 10:15 AM|2023-03-25",
        "December 16, 2024|2024-12-16",
        "16 Dec 2024, 19:47|2024-12-16",
        // German spreadsheets
        "05.10.2026|2026-10-05",
        "5.10.26|2026-10-05",
        "5. Oktober 2026|2026-10-05",
        "5. Okt. 2026|2026-10-05",
        "16 Dez. 2024|2024-12-16",
        "16.12.2024 10:00|2024-12-16",
        // an Excel day number
        "45642|2024-12-16",
        "45642.5|2024-12-16",
        "45642,75|2024-12-16",
        "45642.041666666664|2024-12-16",
      })
  void parses(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), parser.parse(text));
  }

  @Test
  void whiteSpaceAndNoBreakSpacesAroundAreIgnored() {
    assertEquals(Optional.of(LocalDate.of(2024, 12, 16)), parser.parse(" \u00a016 Dec 2024\t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u00a0"})
  void emptyIsNoDate(String text) {
    assertEquals(Optional.empty(), parser.parse(text));
  }

  @Test
  void nullIsNoDate() {
    assertEquals(Optional.empty(), parser.parse(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gestern",
        "32 Dec 2024",
        "2/30/24, 1:00 PM",
        "13/12/24",
        "2024-13-01",
        "12/15",
        "16 Foo 2024",
        "99999",
        "1-2.2024",
        "16 Dec 2024 and more text that is definitely not a date at all"
      })
  void rejects(String text) {
    DateTimeException e = assertThrows(DateTimeException.class, () -> parser.parse(text));
    assertTrue(
        English.text(BadDateException.why(e)).contains("is not a"),
        English.text(BadDateException.why(e)));
  }

  @Test
  void longTextIsAbbreviatedInTheMessage() {
    String text = "x".repeat(100);
    DateTimeException e = assertThrows(DateTimeException.class, () -> parser.parse(text));
    assertEquals("'" + "x".repeat(40) + "…' is not a date", English.text(BadDateException.why(e)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "1899-12-30", "01 Jan 20244", "2101-01-01", "01.01.0024"})
  void yearsNoContactCanHaveAreNoDates(String text) {
    DateTimeException e = assertThrows(DateTimeException.class, () -> parser.parse(text));
    assertTrue(
        English.text(BadDateException.why(e)).contains("outside the years 1900–2100"),
        English.text(BadDateException.why(e)));
  }

  @Test
  void theFirstAndLastPlausibleDaysAreDates() {
    assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), parser.parse("1900-01-01"));
    assertEquals(Optional.of(LocalDate.of(2100, 12, 31)), parser.parse("31.12.2100"));
  }

  @Test
  void slashDatesAreReadInTheFilesOrder() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), parser.parse("12/11/2026"));
    DateParser dayFirst = new DateParser(DateOrder.DAY_FIRST);
    assertEquals(Optional.of(LocalDate.of(2026, 11, 12)), dayFirst.parse("12/11/2026"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), dayFirst.parse("14.03.2024"));
    DateTimeException e = assertThrows(DateTimeException.class, () -> parser.parse("24/11/2026"));
    assertEquals(
        "'24/11/2026' is not a valid month-first date", English.text(BadDateException.why(e)));
  }

  @Test
  void aDayAbove12AnywhereInTheFileShowsTheOrder() {
    assertEquals(DateOrder.DAY_FIRST, DateOrder.of("a,12/11/2026\nb,24/11/2026\n"));
    assertEquals(DateOrder.MONTH_FIRST, DateOrder.of("a,12/11/2026\nb,11/24/2026\n"));
    assertEquals(DateOrder.MONTH_FIRST, DateOrder.of("a,12/11/2026\n"), "LinkedIn's order");
    assertEquals(
        DateOrder.MONTH_FIRST, DateOrder.of("13/01/2026 and 01/13/2026"), "both: no telling");
    assertEquals(DateOrder.MONTH_FIRST, DateOrder.of("https://x.example/24/11/2026/x"));
  }

  /**
   * LinkedIn's "14 Nov 2026" is read without a formatter; every text of that shape reads as the
   * formatter it stands in for reads it, and the ones it cannot read still fail as before.
   */
  @Test
  void linkedInsDayMonthYearReadsAsItsFormatterReadsIt() {
    DateTimeFormatter formatter =
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .parseLenient()
            .appendPattern("d MMM uuuu")
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    List<String> texts = new ArrayList<>();
    for (String month : List.of("Jan", "feb", "MAR", "Apr", "May", "jUn", "Sep", "Dec")) {
      for (String day : List.of("0", "1", "01", "9", "28", "29", "30", "31", "32", "1x")) {
        for (String year : List.of("1899", "1900", "2024", "2025", "2100", "2101", "24")) {
          texts.add(day + " " + month + " " + year);
        }
      }
    }
    texts.addAll(List.of("14 Nov 2026, 9:14 AM", "14  Nov 2026", "14 Nov 20260", "١٤ Nov 2026"));
    for (String text : texts) {
      Optional<LocalDate> expected;
      try {
        LocalDate date = LocalDate.from(formatter.parse(text.replace(", 9:14 AM", "")));
        expected = date.getYear() < 1900 || date.getYear() > 2100 ? null : Optional.of(date);
      } catch (DateTimeException e) {
        expected = null;
      }
      if (expected != null) {
        assertEquals(expected, parser.parse(text), text);
      } else if (!text.endsWith(" 24")) {
        // "1 Jan 24" is "d MMM uu", read by a later formatter; the rest is no date at all
        assertThrows(DateTimeException.class, () -> parser.parse(text), text);
      }
    }
    // a German month is left to the German formatters
    assertEquals(Optional.of(LocalDate.of(2026, 5, 14)), parser.parse("14 Mai 2026"));
  }
}
