package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.MessageTime;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.testing.English;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessageTallyTest {

  private static final PersonRef OWNER =
      PersonRef.named("Katrin Albers", "https://www.linkedin.com/in/katrin-albers");
  private static final PersonRef ANNA =
      PersonRef.named("Anna Berg", "https://www.linkedin.com/in/anna-berg");
  private static final PersonRef BEN =
      PersonRef.named("Ben Kurz", "https://www.linkedin.com/in/ben-kurz");

  private final MessageTally tally = new MessageTally(RULES);
  private int line = 1;

  private void message(PersonRef from, PersonRef to, int daysAgo, String text) {
    tally.add(MessageFact.linkedIn(from, List.of(to), TODAY.minusDays(daysAgo), text, at(++line)));
  }

  private MessageEvidence finish(List<PersonRef> owners) {
    return tally.finish(owners, TODAY, RULES.charter().thresholds());
  }

  private static List<ExchangeCount> counts(MessageEvidence evidence) {
    return evidence.findings().stream()
        .filter(f -> f.exchange() != null)
        .map(Finding::exchange)
        .toList();
  }

  @Test
  void messagesEachWayAreCountedPerPartnerAndOneWayMessagesToo() {
    for (int i = 0; i < 3; i++) {
      message(ANNA, OWNER, i * 10, "Frage " + i);
      message(OWNER, ANNA, i * 10 + 1, "Antwort " + i);
    }
    message(BEN, OWNER, 3, "Hallo");
    MessageEvidence evidence = finish(List.of(OWNER));

    List<Finding> findings =
        evidence.findings().stream().filter(f -> f.exchange() != null).toList();
    assertEquals(2, findings.size(), "Anna both ways, Ben one way: " + findings);
    Finding anna = findings.get(0);
    assertEquals("Anna Berg", anna.who().displayName());
    assertEquals(3, anna.exchange().theirs());
    assertEquals(3, anna.exchange().mine());
    assertEquals(TODAY.minusDays(21), anna.exchange().first());
    assertEquals(TODAY, anna.exchange().last());
    assertNotNull(anna.keys(), "the partner's keys travel with the finding");
    assertEquals(1, findings.get(1).exchange().theirs());
    assertEquals(0, findings.get(1).exchange().mine());
  }

  @Test
  void withoutAnyHintWhoTheOwnerIsTheFileCountsForNobodyInOneWarning() {
    message(ANNA, BEN, 1, "Hallo");
    message(BEN, ANNA, 2, "Hallo zurück");
    MessageEvidence evidence = finish(List.of());

    assertEquals(List.of(), counts(evidence));
    MessageUse use = evidence.use();
    Problem warning = use.problems().get(0);
    assertEquals("owner-unknown", warning.code());
    assertEquals(2, warning.rows(), "one line stands for both messages");
    assertEquals(Map.of("test.csv", 2L), use.unused());
    assertEquals(2, tally.messages());
  }

  @Test
  void theOwnerIsThePersonInNearlyEveryMessageWhenNoOtherInputNamesThem() {
    for (int i = 0; i < 3; i++) {
      message(ANNA, OWNER, i, "Frage " + i);
      message(OWNER, ANNA, i, "Antwort " + i);
      message(OWNER, BEN, i, "Info " + i);
    }
    List<String> partners =
        counts(finish(List.of())).stream()
            .map(c -> String.valueOf(c.theirs()) + "/" + c.mine())
            .toList();
    assertEquals(List.of("3/3", "0/3"), partners);
  }

  @Test
  void bulkGroupAndRepeatedMessagesAreCountedForTheirFileOnlyOnceEach() {
    PersonRef owner = PersonRef.mailbox("Katrin Albers", "katrin@albers.example");
    PersonRef shop = PersonRef.mailbox("Shop", "news@shop.example");
    PersonRef anna = PersonRef.mailbox("Anna Berg", "anna@berg.example");
    mail(shop, List.of(owner), true, "<n1@shop>", 1);
    mail(anna, List.of(owner), false, "<a1@berg>", 2);
    mail(anna, List.of(owner), false, "<a1@berg>", 3);
    List<PersonRef> many = List.of(owner, anna, named(1), named(2), named(3), named(4), named(5));
    tally.add(
        new MessageFact(
            Channel.EMAIL,
            anna,
            many,
            MessageTime.day(TODAY),
            true,
            false,
            "",
            "<g1@berg>",
            "",
            SourceRef.message("box.mbox", 4, 400)));
    MessageEvidence evidence = finish(List.of(owner));
    evidence.credits().credit(counts(evidence).get(0).partner());

    Map<String, Long> byCode =
        evidence.use().problems().stream().collect(Collectors.toMap(Problem::code, Problem::rows));
    assertEquals(Map.of("message-bulk", 1L, "message-duplicate", 1L, "message-group", 1L), byCode);
    assertEquals(1, counts(evidence).get(0).theirs(), "the copy counts once");
  }

  @Test
  void messagesWithPeopleCreditedToNobodyAreOneLineWithTheirCount() {
    PersonRef owner = PersonRef.mailbox("Katrin Albers", "katrin@albers.example");
    for (int i = 0; i < 4; i++) {
      mail(named(i), List.of(owner), false, "<x" + i + "@x>", i + 1);
    }
    MessageEvidence evidence = finish(List.of(owner));
    MessageUse use = evidence.use();

    assertEquals(1, use.problems().size(), use.problems().toString());
    Problem line = use.problems().get(0);
    assertEquals("message-unmatched", line.code());
    assertEquals(4, line.rows());
    String text = English.text(line.message());
    assertTrue(text.startsWith("4 messages with 4 people"), text);
    assertEquals(Map.of("box.mbox", 4L), use.unused());
  }

  private static PersonRef named(int i) {
    return PersonRef.mailbox("Person " + i, "p" + i + "@example.org");
  }

  private void mail(PersonRef from, List<PersonRef> to, boolean bulk, String id, int number) {
    tally.add(
        new MessageFact(
            Channel.EMAIL,
            from,
            to,
            MessageTime.day(TODAY.minusDays(number)),
            false,
            bulk,
            id,
            id,
            "",
            SourceRef.message("box.mbox", number, number * 100L)));
  }
}
