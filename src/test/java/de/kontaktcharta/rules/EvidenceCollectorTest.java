package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.at;
import static de.kontaktcharta.rules.RulesFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Strength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceCollectorTest {

  private final List<Problem> problems = new ArrayList<>();
  private final EvidenceCollector collector = new EvidenceCollector(RULES, problems::add);
  private final PersonRef anna = person("Anna", "Berg", "ACME GmbH", "Einkauf");

  private List<Evidence> evidence() {
    return collector.finish(List.of(), TODAY).stream().map(Finding::evidence).toList();
  }

  @Test
  void aCustomerIsAStrongClientReasonAndOnlyTheCompanyAWeakOne() {
    collector.fact(new RelationFact(anna, "Kunde", TODAY.minusDays(20), at(2)));
    collector.fact(
        new RelationFact(
            new PersonRef("", "", "", "Beta AG", "", List.of("info@beta.de"), List.of()),
            "Kunde",
            null,
            at(3)));
    List<Finding> findings = collector.finish(List.of(), TODAY);

    assertEquals(ReasonCode.CLIENT, findings.get(0).evidence().reason());
    assertEquals(Strength.STRONG, findings.get(0).evidence().strength());
    assertTrue(findings.get(1).companyOnly());
    assertEquals(Strength.WEAK, findings.get(1).evidence().strength());
  }

  @Test
  void aNegatedRelationRecordsNoReasonAndSaysSo() {
    collector.fact(new RelationFact(anna, "kein Kunde", null, at(2)));
    assertEquals(List.of(), evidence());
    assertEquals("relation-unknown", problems.get(0).code());
  }

  @Test
  void aMeetingSoonCountsAndOneFurtherAheadDoesNot() {
    int soon = RULES.charter().thresholds().soonDays();
    collector.fact(new MeetingFact(List.of(anna), TODAY.plusDays(soon), "Messe", at(2)));
    collector.fact(new MeetingFact(List.of(anna), TODAY.plusDays(soon + 1), "Später", at(3)));
    List<Evidence> evidence = evidence();
    assertEquals(1, evidence.size());
    assertEquals("thresholds.soon_days", evidence.get(0).rule());
  }

  @Test
  void enoughEndorsementsOfOnePersonAreStrongProfileEvidence() {
    int min = RULES.charter().thresholds().minEndorsements();
    for (int i = 0; i < min; i++) {
      collector.fact(new EndorsementFact(anna, "Skill " + i, TODAY.minusDays(i), at(2 + i)));
    }
    List<Evidence> evidence = evidence();
    assertEquals(1, evidence.size());
    assertEquals(ReasonCode.PROFILE, evidence.get(0).reason());
    assertEquals(Strength.STRONG, evidence.get(0).strength());
    assertEquals(TODAY, evidence.get(0).date(), "the newest endorsement dates it");
  }

  @Test
  void entriesRecordedByHandAreKeptApartFromTheEvidence() {
    ManualFact entry = new ManualFact(Review.NONE, anna, at(2));
    collector.fact(entry);
    assertEquals(List.of(entry), collector.manual());
    assertEquals(List.of(), evidence());
  }
}
