package de.kontaktcharta.rules;

import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.NetworkBuilder;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs one invitation text through the built-in charter exactly as an analysis does for an open
 * invitation from someone who is no contact yet: the text's reason hints become evidence, and the
 * assessor judges the invitation. The only place the labelled-set test touches product types, so
 * that a move of packages changes imports here only.
 */
final class InvitationVerdicts {

  /** What the product said: signal and reason names, and the recommendation. */
  record Verdict(Set<String> signals, Set<String> reasons, String recommendation) {}

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final PersonRef OWNER =
      PersonRef.named("Katrin Albers", "https://www.linkedin.com/in/katrin-albers");

  private final TextRules rules = new TextRules(new CharterLoader().loadDefault());
  private final FoldedText folded = new FoldedText();

  /**
   * The recommendation the labels call for, by the product's own rule (InvitationJudge): a hard
   * signal declines, a reason hint (weak on its own) asks for review, a long personal text without
   * any signal asks for review, everything else declines.
   */
  String expectedRecommendation(LabelledInvitation row) {
    boolean hard =
        row.signals().stream()
            .anyMatch(s -> rules.isHard(de.kontaktcharta.model.Signal.valueOf(s)));
    if (hard) {
      return "DECLINE";
    }
    if (!row.reasons().isEmpty()) {
      return "REVIEW";
    }
    int min = rules.charter().thresholds().personalTextMinWords();
    boolean personal = min > 0 && folded.reset(row.text()).tokenCount() >= min;
    return row.signals().isEmpty() && personal ? "REVIEW" : "DECLINE";
  }

  Verdict judge(LabelledInvitation row) {
    boolean xing = row.platform().equals("xing");
    String profile =
        xing
            ? "https://www.xing.com/profile/" + row.id()
            : "https://www.linkedin.com/in/" + row.id();
    Invitation invitation =
        new Invitation(
            PersonRef.named(row.inviter(), profile),
            OWNER,
            TODAY.minusDays(2),
            row.text(),
            Direction.INCOMING,
            xing ? Platform.XING : Platform.LINKEDIN,
            new SourceRef("labelled.csv", 2));
    EvidenceCollector evidence = new EvidenceCollector(rules, p -> {});
    evidence.invitationText(invitation);
    Network network = new NetworkBuilder(List.of(OWNER), p -> {}, Keys.forRegion("DE")).build();
    InvitationAssessment judged =
        new Assessor(rules)
            .assess(
                network,
                List.of(invitation),
                evidence.finish(List.of(OWNER), TODAY),
                List.of(),
                TODAY)
            .invitations()
            .get(0);
    Set<String> signals = new TreeSet<>();
    for (SignalHit hit : judged.signals()) {
      signals.add(hit.signal().name());
    }
    Set<String> reasons = new TreeSet<>();
    for (Evidence e : judged.evidence()) {
      reasons.add(e.reason().name());
    }
    return new Verdict(signals, reasons, judged.recommendation().name());
  }
}
