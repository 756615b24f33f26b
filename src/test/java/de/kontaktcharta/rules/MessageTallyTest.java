package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTallyTest {

  private static final PersonRef OWNER =
      PersonRef.named("Katrin Albers", "https://www.linkedin.com/in/katrin-albers");
  private static final PersonRef ANNA =
      PersonRef.named("Anna Berg", "https://www.linkedin.com/in/anna-berg");
  private static final PersonRef BEN =
      PersonRef.named("Ben Kurz", "https://www.linkedin.com/in/ben-kurz");

  private final MessageTally tally = new MessageTally(RULES);
  private final List<Problem> problems = new ArrayList<>();
  private int line = 1;

  private void message(PersonRef from, PersonRef to, int daysAgo, String text) {
    tally.add(new MessageFact(from, List.of(to), TODAY.minusDays(daysAgo), text, at(++line)));
  }

  private List<Finding> finish(List<PersonRef> owners) {
    return tally.finish(owners, TODAY, RULES.charter().thresholds(), problems::add, "messages.csv");
  }

  @Test
  void enoughMessagesEachWayAreStrongExchangeWithThePartner() {
    for (int i = 0; i < 3; i++) {
      message(ANNA, OWNER, i * 10, "Frage " + i);
      message(OWNER, ANNA, i * 10 + 1, "Antwort " + i);
    }
    message(BEN, OWNER, 3, "Hallo");
    List<Finding> findings = finish(List.of(OWNER));

    assertEquals(1, findings.size(), "one-way messages are no exchange");
    Evidence e = findings.get(0).evidence();
    assertEquals(ReasonCode.EXCHANGE, e.reason());
    assertEquals(Strength.STRONG, e.strength());
    assertEquals("Anna Berg", findings.get(0).who().displayName());
    assertNotNull(findings.get(0).keys(), "the partner's keys travel with the finding");
  }

  @Test
  void withoutAnyHintWhoTheOwnerIsTwoPartnersGiveNoExchangeAndAWarning() {
    message(ANNA, BEN, 1, "Hallo");
    message(BEN, ANNA, 2, "Hallo zurück");
    assertEquals(List.of(), finish(List.of()));
    assertEquals("owner-unknown", problems.get(0).code());
    assertEquals(2, tally.messages());
  }

  @Test
  void theOwnerIsThePersonInNearlyEveryMessageWhenNoOtherInputNamesThem() {
    for (int i = 0; i < 3; i++) {
      message(ANNA, OWNER, i, "Frage " + i);
      message(OWNER, ANNA, i, "Antwort " + i);
      message(OWNER, BEN, i, "Info " + i);
    }
    List<String> partners = finish(List.of()).stream().map(f -> f.who().displayName()).toList();
    assertTrue(partners.contains("Anna Berg"), partners.toString());
    assertTrue(problems.isEmpty(), problems.toString());
  }
}
