package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates and times of the line layouts of many locales. */
class StampTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "05.12.25, 14:03 - E: x | DAY_FIRST | 2025-12-05T14:03",
        "5.12.2025, 14:03 - E: x | DAY_FIRST | 2025-12-05T14:03",
        "[05.12.25, 14:03:11] E: x | DAY_FIRST | 2025-12-05T14:03:11",
        "24.12.16, 13:08:16: E: x | DAY_FIRST | 2016-12-24T13:08:16",
        "12/5/25, 2:03\u202fPM - E: x | MONTH_FIRST | 2025-12-05T14:03",
        "12/5/25, 12:03\u202fAM - E: x | MONTH_FIRST | 2025-12-05T00:03",
        "[12/5/25, 2:03:11\u202fPM] E: x | MONTH_FIRST | 2025-12-05T14:03:11",
        "2019-01-01 12:00 - John Doe: x | YEAR_FIRST | 2019-01-01T12:00",
        "[1.1.2019, 12.00.00] John Doe: x | DAY_FIRST | 2019-01-01T12:00",
        "[12.3.2022 klo 14.08.18] Matias: x | DAY_FIRST | 2022-03-12T14:08:18",
        "20/6/2017 8:28 p.\u00a0m. - Michelle: x | DAY_FIRST | 2017-06-20T20:28",
        "\u200e\u200e[05.12.25, 14:03:11] E: x | DAY_FIRST | 2025-12-05T14:03:11",
      })
  void readsTheDateAndTime(String line, DateOrder order, String expected) {
    Stamp stamp = Stamp.parse(line, null);
    assertEquals(LocalDateTime.parse(expected), stamp.toDateTime(order));
  }

  @org.junit.jupiter.api.Test
  void aLockedLayoutReadsOnlyItsOwnLines() {
    String android = "05.12.25, 14:03 - E: x";
    String ios = "[05.12.25, 14:03:11] E: x";
    assertEquals(ChatFormat.ANDROID, Stamp.parse(android, ChatFormat.ANDROID).format());
    assertNull(Stamp.parse(android, ChatFormat.IOS));
    assertNull(Stamp.parse(ios, ChatFormat.ANDROID));
    assertNull(Stamp.parse("short", null));
  }
}
