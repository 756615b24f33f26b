package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

  private static Review review(ReasonCode reason, Decision decision, String note, LocalDate day) {
    return new Review("C-1", "", "Anna Berg", reason, decision, note, day);
  }

  @Test
  void theNewerEntryWinsWholeAValueItClearedIncluded() {
    Review older = review(ReasonCode.MET, Decision.KEEP, "Messe", LocalDate.of(2026, 1, 1));
    Review newer = review(null, Decision.REMOVE, "", LocalDate.of(2026, 6, 1));
    Review combined = Attribution.combine(older, newer);
    assertNull(combined.reason(), "the newer entry cleared the reason");
    assertEquals(Decision.REMOVE, combined.decision());
    assertEquals(newer, Attribution.combine(newer, older), "whichever comes first");
  }

  @Test
  void entriesOfOneDayFillEachOthersGaps() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    Review combined =
        Attribution.combine(
            review(ReasonCode.MET, null, "Messe", day), review(null, Decision.KEEP, "", day));
    assertEquals(ReasonCode.MET, combined.reason());
    assertEquals(Decision.KEEP, combined.decision());
    assertEquals("Messe", combined.note());
  }

  @Test
  void aRecordedKeyIsReadBackByItsLabel() {
    assertEquals(
        Optional.of(new MatchKey(KeyKind.NAME_COMPANY, "anna berg|acme")),
        Attribution.parseKey("name+company:anna berg|acme"));
    assertEquals(
        Optional.of(new MatchKey(KeyKind.URL, "linkedin.com/in/x")),
        Attribution.parseKey("url:linkedin.com/in/x"));
    assertEquals(
        Optional.of(new MatchKey(KeyKind.PHONE, "+49401234567")),
        Attribution.parseKey("phone:+49401234567"));
    assertEquals(Optional.empty(), Attribution.parseKey("fax:+49 40 1"));
    assertEquals(Optional.empty(), Attribution.parseKey("no key"));
  }
}
