package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XingTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2014-06-19 06:32:37 UTC | 2014-06-19T06:32:37Z",
        "2014-06-19T06:32:37Z | 2014-06-19T06:32:37Z",
        "2014-06-19 08:32:37 +0200 | 2014-06-19T06:32:37Z",
        "2014-06-19 08:32:37+02:00 | 2014-06-19T06:32:37Z",
        "2014-06-19 06:32 utc | 2014-06-19T06:32:00Z",
        "2014-06-19 06:32:37.123 GMT | 2014-06-19T06:32:37Z",
      })
  void timesWithAZoneAreExactInstants(String text, String instant) {
    XingTime t = XingTime.parse(text).orElseThrow();

    assertEquals(Instant.parse(instant), t.instant());
  }

  @Test
  void timesWithoutZoneStayLocal() {
    assertEquals(
        LocalDateTime.of(2016, 11, 2, 8, 15),
        XingTime.parse("02.11.2016 08:15").orElseThrow().local());
    assertEquals(
        LocalDateTime.of(2016, 11, 2, 0, 0), XingTime.parse("2.11.2016").orElseThrow().local());
    assertEquals(
        LocalDateTime.of(2016, 11, 2, 8, 15, 30),
        XingTime.parse(" 2016-11-02 08:15:30 ").orElseThrow().local());
    assertFalse(XingTime.parse("2016-11-02").orElseThrow().exact());
  }

  @Test
  void theDateOfAnInstantIsTheUtcDate() {
    assertEquals(
        LocalDate.of(2024, 3, 5), XingTime.parse("2024-03-05 23:30:00 UTC").orElseThrow().date());
    assertEquals(LocalDate.of(2024, 3, 5), XingTime.parse("05.03.2024 23:30").orElseThrow().date());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "gestern", "2020-02-30 10:00:00 UTC", "31.04.2020", "2020-13-01"})
  void textsThatAreNoDatesGiveNothing(String text) {
    assertFalse(XingTime.parse(text).isPresent());
  }

  @Test
  void exactlyOneOfInstantAndLocalIsSet() {
    assertThrows(IllegalArgumentException.class, () -> new XingTime(null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new XingTime(Instant.EPOCH, LocalDateTime.of(2020, 1, 1, 0, 0)));
    assertFalse(XingTime.parse(null).isPresent());
  }
}
