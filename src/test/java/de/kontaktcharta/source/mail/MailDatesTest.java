package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon, 10 Jul 2017 14:06:16 +0200 (CEST)  | 2017-07-10T14:06:16+02:00",
        "Mon, 10 Jul 2017 14:06:16 -0700         | 2017-07-10T14:06:16-07:00",
        "10 Jul 2017 14:06:16 GMT                | 2017-07-10T14:06:16Z",
        "Tue,  5 Mar 2024 09:30:12 +0100 (CET)   | 2024-03-05T09:30:12+01:00",
        "16 Jul 17 20:20 +0200                   | 2017-07-16T20:20+02:00",
        "Sat, 1 Jan 94 00:00:00 EST              | 1994-01-01T00:00-05:00",
        "Fri, 8 Jul 2011 14:08:30 MESZ           | 2011-07-08T14:08:30+02:00",
        "Mon Jul 10 14:06:16 +0000 2017          | 2017-07-10T14:06:16Z",
        "Wed Apr 02 06:51:08 2014                | 2014-04-02T06:51:08Z",
        "Fri Jul  8 12:08:34 2011                | 2011-07-08T12:08:34Z",
        "Sat Apr 12 2025 15:59:28                | 2025-04-12T15:59:28Z",
        "2017-07-10 14:06:16 +0200               | 2017-07-10T14:06:16+02:00",
        "2017-07-10T14:06:16+02:00               | 2017-07-10T14:06:16+02:00",
        "2017-07-10T14:06:16Z                    | 2017-07-10T14:06:16Z",
        "Mo, 10 Okt 2016 08:00:00 +0200          | 2016-10-10T08:00+02:00",
        "10.07.2017 14:06                        | 2017-07-10T14:06Z",
        "Mon, 10 Jul 2017 14:06:16.123 +0000     | 2017-07-10T14:06:16Z",
        "10 Jul 2017                             | 2017-07-10T00:00Z",
      })
  void readsTheFormsMailSoftwareWrites(String text, String expected) {
    assertEquals(OffsetDateTime.parse(expected), MailDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "gestern abend",
        "Mon, 31 Feb 2017 10:00:00 +0000",
        "Mon, 10 Jul 2017 25:00:00 +0000",
        "Jul 2017",
        "1234567 Jul 2017",
      })
  void returnsNullForNoCompleteDate(String text) {
    assertNull(MailDates.parse(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon, 10 Jul 2017 14:06:16 +9900 | 2017-07-10T14:06:16Z",
        "Mon, 10 Jul 2017 14:06:16 +02   | 2017-07-10T14:06:16Z",
        "Mon, 10 Jul 2017 14:06:16 XYZ   | 2017-07-10T14:06:16Z",
      })
  void unreadableZonesAreTakenAsUtc(String text, String expected) {
    assertEquals(OffsetDateTime.parse(expected), MailDates.parse(text));
  }

  @org.junit.jupiter.api.Test
  void nullTextIsNoDate() {
    assertNull(MailDates.parse(null));
  }
}
