package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.contact;
import static de.kontaktcharta.rules.RulesFixture.evidence;
import static de.kontaktcharta.rules.RulesFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactJudgeTest {

  private final ContactJudge judge = new ContactJudge(RULES, TODAY);

  private ContactAssessment judge(List<Evidence> evidence) {
    return judge.judge(
        contact(person("Anna", "Berg", "ACME GmbH", "Einkauf")), evidence, List.of(), Review.NONE);
  }

  private static List<Signal> signals(ContactAssessment a) {
    return a.signals().stream().map(SignalHit::signal).toList();
  }

  @Test
  void oneStrongReasonJustifiesAndWeakEvidenceAloneIsWeak() {
    ContactAssessment strong =
        judge(List.of(evidence(ReasonCode.MET, Strength.STRONG, TODAY.minusDays(10))));
    ContactAssessment weak =
        judge(List.of(evidence(ReasonCode.PROFILE, Strength.WEAK, TODAY.minusDays(10))));
    ContactAssessment none = judge(List.of());

    assertEquals(Status.JUSTIFIED, strong.status());
    assertEquals(Status.WEAK, weak.status());
    assertFalse(signals(weak).contains(Signal.NO_REASON));
    assertEquals(Status.NO_REASON, none.status());
    assertEquals(List.of(Signal.NO_REASON), signals(none));
  }

  @Test
  void aProspectOlderThanTheCharterAllowsExpiresAndJustifiesNoMore() {
    int valid = RULES.charter().thresholds().prospectValidDays();
    ContactAssessment old =
        judge(List.of(evidence(ReasonCode.PROSPECT, Strength.STRONG, TODAY.minusDays(valid + 1))));
    ContactAssessment recent =
        judge(List.of(evidence(ReasonCode.PROSPECT, Strength.STRONG, TODAY.minusDays(valid))));

    assertEquals(Status.NO_REASON, old.status());
    assertTrue(old.evidence().get(0).expired());
    assertEquals(Status.JUSTIFIED, recent.status());
  }

  @Test
  void theLastInteractionIsTheNewestPastDateThatIsNoManualEntry() {
    ContactAssessment a =
        judge(
            List.of(
                evidence(ReasonCode.EXCHANGE, Strength.WEAK, TODAY.minusDays(40)),
                evidence(ReasonCode.MANUAL, Strength.STRONG, TODAY.minusDays(1)),
                evidence(ReasonCode.MET, Strength.STRONG, TODAY.plusDays(5))));
    assertEquals(TODAY.minusDays(40), a.lastInteraction());
    assertNull(judge(List.of()).lastInteraction());
  }

  @Test
  void aPositionOfARecruiterIsASalesPitchWarning() {
    ContactAssessment a =
        judge.judge(
            contact(person("Rita", "Sommer", "Talent GmbH", "Recruiter")),
            List.of(evidence(ReasonCode.MET, Strength.STRONG, TODAY.minusDays(3))),
            List.of(),
            Review.NONE);
    assertTrue(signals(a).contains(Signal.SALES_PITCH), a.signals().toString());
  }

  @Test
  void aContactWithoutCompanyAndPositionFromAListThatHasThemHasAPoorProfile() {
    ContactAssessment a =
        judge.judge(contact(person("Max", "Muster", "", "")), List.of(), List.of(), Review.NONE);
    assertTrue(signals(a).contains(Signal.PROFILE_POOR), a.signals().toString());
  }
}
