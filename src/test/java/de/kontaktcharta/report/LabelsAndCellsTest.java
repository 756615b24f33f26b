package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsAndCellsTest {

  @Test
  void labelsAreTranslatedAndAMissingKeyShowsAsItself() {
    assertEquals("Begründet", Labels.of("de").get("status", Status.JUSTIFIED));
    assertEquals("Justified", Labels.of("en").get("status", Status.JUSTIFIED));
    assertEquals("no.such.key", Labels.of("en").get("no.such.key"));
  }

  @Test
  void placeholdersAreReplacedInOrder() {
    assertEquals("Expired: MET 2019", Labels.of("en").format("why.expired", "MET 2019"));
    assertEquals("Abgelaufen: MET 2019", Labels.of("de").format("why.expired", "MET 2019"));
  }

  @Test
  void datesInDetailsAreWrittenInTheReportsLanguage() {
    Detail exchange =
        Detail.of(
            "exchange.channel",
            "LinkedIn",
            4L,
            3L,
            5L,
            6L,
            LocalDate.of(2026, 7, 8),
            LocalDate.of(2026, 11, 13),
            4L,
            3L);

    assertEquals(
        "LinkedIn: 4 von der Person und 3 an sie im Zeitfenster (5 und 6 insgesamt, 08.07.2026 bis"
            + " 13.11.2026); alle Kanäle zusammen: 4 und 3",
        Texts.render(Labels.of("de"), exchange));
    assertTrue(
        Texts.render(Labels.of("en"), exchange).contains("2026-07-08 to 2026-11-13"),
        () -> "English reports write dates as ISO: " + Texts.render(Labels.of("en"), exchange));
    assertEquals(
        "Nachricht: „2026-02-30“",
        Texts.render(Labels.of("de"), Detail.of("hint.message", "2026-02-30")),
        "no date, as written");
  }

  @Test
  void cellsAsPlainTextGiveIsoDatesAndNumbers() {
    assertEquals("2026-11-20", Cell.date(LocalDate.of(2026, 11, 20)).plain());
    assertEquals("42", Cell.number(42).plain());
    assertEquals(Cell.EMPTY, Cell.date(null));
    assertNull(Cell.link("Profil", " ").link(), "no address, no link");
  }

  @Test
  void lazyRowsAreMadeWhenReadAndEqualEachTime() {
    List<Integer> made = new ArrayList<>();
    LazyRows<Integer> rows =
        new LazyRows<>(
            List.of(1, 2, 3),
            n -> {
              made.add(n);
              return List.of(Cell.number(n));
            });
    assertEquals(3, rows.size());
    assertEquals(List.of(), made);
    assertEquals(rows.get(1), rows.get(1));
    assertEquals(List.of(2, 2), made);
  }
}
