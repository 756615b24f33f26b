package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.at;
import static de.kontaktcharta.rules.RulesFixture.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Strength;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationJudgeTest {

  private final InvitationJudge judge = new InvitationJudge(RULES, TODAY);

  private InvitationAssessment judge(String text, List<Evidence> evidence) {
    Invitation invitation =
        new Invitation(
            PersonRef.named("Jana Vogt", "https://www.linkedin.com/in/jana-vogt"),
            PersonRef.named("Katrin Albers"),
            TODAY.minusDays(2),
            text,
            Direction.INCOMING,
            Platform.LINKEDIN,
            at(4));
    return judge.judge("I-1", invitation, evidence, Review.NONE);
  }

  @Test
  void aStrongReasonWithoutAHardSignalIsAccepted() {
    InvitationAssessment a =
        judge("Hallo", List.of(evidence(ReasonCode.MET, Strength.STRONG, TODAY.minusDays(9))));
    assertEquals(Recommendation.ACCEPT, a.recommendation());
    assertEquals("accept.strong_reason", a.rule());
  }

  @Test
  void theStockPhraseWithoutAReasonIsDeclined() {
    InvitationAssessment a = judge("Kontakte schaden nur dem, der keine hat!", List.of());
    assertEquals(Recommendation.DECLINE, a.recommendation());
    assertEquals("decline.hard_signal", a.rule());
    List<Signal> signals = a.signals().stream().map(SignalHit::signal).toList();
    assertTrue(signals.contains(Signal.STOCK_PHRASE), signals.toString());
    assertEquals(Signal.NO_REASON, signals.get(0), "no reason is named first");
  }

  @Test
  void theStockPhraseBesideAStrongReasonIsAConflictForAPersonToDecide() {
    InvitationAssessment a =
        judge(
            "Kontakte schaden nur dem, der keine hat!",
            List.of(evidence(ReasonCode.CLIENT, Strength.STRONG, TODAY.minusDays(30))));
    assertEquals(Recommendation.REVIEW, a.recommendation());
    assertEquals("review.conflict", a.rule());
  }

  @Test
  void weakEvidenceIsSentToReview() {
    InvitationAssessment a =
        judge("Hallo", List.of(evidence(ReasonCode.PROFILE, Strength.WEAK, TODAY.minusDays(5))));
    assertEquals(Recommendation.REVIEW, a.recommendation());
    assertEquals("review.weak_reason", a.rule());
  }

  @Test
  void aLongPersonalTextNoRuleUnderstandsIsReadBeforeItIsDeclined() {
    InvitationAssessment personal =
        judge(
            "Ich habe Ihren Beitrag über Genossenschaften in der Pflege gelesen und würde mich"
                + " freuen, davon mehr zu hören",
            List.of());
    InvitationAssessment bare = judge("Hallo zusammen", List.of());
    assertEquals("review.personal_text", personal.rule());
    assertEquals(Recommendation.DECLINE, bare.recommendation());
    assertEquals("decline.no_reason", bare.rule());
  }
}
