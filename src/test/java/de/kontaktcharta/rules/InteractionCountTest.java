package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionCountTest {

  private final Charter.Thresholds thresholds = RULES.charter().thresholds();
  private final PersonRef anna = PersonRef.named("Anna Berg");

  private List<InteractionFact> on(LocalDate... days) {
    List<InteractionFact> list = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      list.add(new InteractionFact(anna, i % 2 == 0 ? "Telefon" : "E-Mail", days[i], "", at(i)));
    }
    return list;
  }

  @Test
  void enoughInteractionsWithinTheWindowAreStrongExchange() {
    Evidence e =
        InteractionCount.finding(
                on(TODAY.minusDays(1), TODAY.minusDays(10), TODAY.minusDays(100)),
                TODAY,
                thresholds)
            .evidence();
    assertEquals(Strength.STRONG, e.strength());
    assertFalse(e.expired());
    assertEquals(TODAY.minusDays(1), e.date(), "the newest interaction dates it");
    assertEquals(List.of("3", "Telefon, E-Mail", "3"), e.detail().args());
  }

  @Test
  void fewerAreWeakAndNoneWithinTheWindowHasExpired() {
    Evidence weak = InteractionCount.finding(on(TODAY.minusDays(1)), TODAY, thresholds).evidence();
    LocalDate old = TODAY.minusDays(thresholds.exchangeWindowDays() + 1);
    Evidence expired = InteractionCount.finding(on(old, old, old), TODAY, thresholds).evidence();
    assertEquals(Strength.WEAK, weak.strength());
    assertTrue(expired.expired());
    assertEquals("thresholds.exchange_window_days", expired.rule());
  }
}
