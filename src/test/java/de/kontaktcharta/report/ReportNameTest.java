package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Report names are written and read back by one rule. */
class ReportNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kontaktcharta-2026-11-25.xlsx",
        "kontaktcharta-2026-11-25-2.xlsx",
        "kontaktcharta-2026-11-25-17.csv.zip",
        "kontaktcharta-2026-11-25.json"
      })
  void aNameReadsBackAsWritten(String fileName) {
    assertEquals(fileName, ReportName.of(fileName).orElseThrow().fileName());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kontaktcharta-2026-13-45.xlsx",
        "kontaktcharta-2026-11-25-1234567890.xlsx",
        "kontaktcharta-2026-11-25-007.xlsx",
        "kontaktcharta-2026-11-25-1.xlsx",
        "reasons.csv",
        "kontaktcharta-2026-11-25"
      })
  void otherNamesAreNoReports(String fileName) {
    assertEquals(Optional.empty(), ReportName.of(fileName));
  }

  @Test
  void theHigherNumberOfTheLaterDayIsNewer() {
    ReportName a = ReportName.of("kontaktcharta-2026-11-25-3.xlsx").orElseThrow();
    ReportName b = ReportName.of("kontaktcharta-2026-11-26.xlsx").orElseThrow();
    assertEquals(1, ReportName.AGE.compare(b, a));
    assertEquals(Optional.of(new ReportName(LocalDate.of(2026, 11, 25), 4, "xlsx")), a.next());
    ReportName last = ReportName.of("kontaktcharta-2026-11-25-999999999.xlsx").orElseThrow();
    assertEquals(Optional.empty(), last.next(), "no number past the bound");
    ReportName big = ReportName.of("kontaktcharta-2026-11-25-1000000.xlsx").orElseThrow();
    assertEquals(
        1,
        ReportName.AGE.compare(
            big, ReportName.of("kontaktcharta-2026-11-25-999999.xlsx").orElseThrow()));
  }
}
