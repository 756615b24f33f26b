package de.kontaktcharta.rules;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Recommends what to do with an open invitation (docs/design.md §4): ACCEPT for a strong reason
 * without a hard signal, DECLINE for no reason or a hard signal without a strong reason, REVIEW for
 * weak or conflicting evidence.
 */
final class InvitationJudge {

  private final TextRules rules;

  /** This judge's own scratch text: a judge is used by one thread, and shares it with nobody. */
  private final FoldedText folded = new FoldedText();

  private final LocalDate prospectCutoff;

  InvitationJudge(TextRules rules, LocalDate today) {
    this.rules = rules;
    this.prospectCutoff = ContactJudge.prospectCutoff(rules, today);
  }

  InvitationAssessment judge(String id, Invitation invitation, List<Evidence> raw, Review review) {
    List<Evidence> evidence =
        new ArrayList<>(new LinkedHashSet<>(ContactJudge.aged(raw, prospectCutoff)));
    evidence.sort(Evidence.STRONGEST_FIRST);
    boolean strong =
        evidence.stream().anyMatch(e -> e.effective() && e.strength() == Strength.STRONG);
    boolean weak = evidence.stream().anyMatch(Evidence::effective);
    boolean exchange =
        evidence.stream().anyMatch(e -> e.effective() && e.reason() == ReasonCode.EXCHANGE);
    folded.reset(invitation.message());
    int words = folded.tokenCount();
    List<SignalHit> signals =
        new ArrayList<>(
            rules.textSignals(folded, invitation.platform(), invitation.source(), exchange));
    boolean poorText = signals.stream().anyMatch(s -> s.signal() == Signal.PROFILE_POOR);
    rules
        .profilePoor(invitation.from(), false, folded)
        .filter(d -> !poorText)
        .ifPresent(
            d ->
                signals.add(
                    new SignalHit(
                        Signal.PROFILE_POOR, invitation.source(), "signals.PROFILE_POOR", d)));
    if (!weak) {
      signals.add(
          0,
          new SignalHit(Signal.NO_REASON, invitation.source(), "signals.NO_REASON", Detail.NONE));
    }
    boolean hard = Assessor.hardSignal(signals, rules);
    Recommendation recommendation;
    String rule;
    if (strong && !hard) {
      recommendation = Recommendation.ACCEPT;
      rule = "accept.strong_reason";
    } else if (strong) {
      recommendation = Recommendation.REVIEW;
      rule = "review.conflict";
    } else if (hard) {
      recommendation = Recommendation.DECLINE;
      rule = "decline.hard_signal";
    } else if (weak) {
      recommendation = Recommendation.REVIEW;
      rule = "review.weak_reason";
    } else if (personalText(words, signals)) {
      recommendation = Recommendation.REVIEW;
      rule = "review.personal_text";
    } else {
      recommendation = Recommendation.DECLINE;
      rule = "decline.no_reason";
    }
    return new InvitationAssessment(
        id, invitation, evidence, signals, recommendation, rule, review);
  }

  /** A longer text that no rule understood: a person should read it before declining. */
  private boolean personalText(int words, List<SignalHit> signals) {
    int min = rules.charter().thresholds().personalTextMinWords();
    return min > 0
        && words >= min
        && signals.stream().allMatch(s -> s.signal() == Signal.NO_REASON);
  }
}
