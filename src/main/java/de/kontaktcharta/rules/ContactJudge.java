package de.kontaktcharta.rules;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Gives one contact its status, its warnings and its last interaction. */
final class ContactJudge {

  private final TextRules rules;

  /** This judge's own scratch text: a judge is used by one thread, and shares it with nobody. */
  private final FoldedText folded = new FoldedText();

  private final LocalDate today;
  private final LocalDate prospectCutoff;

  ContactJudge(TextRules rules, LocalDate today) {
    this.rules = rules;
    this.today = today;
    this.prospectCutoff = prospectCutoff(rules, today);
  }

  /** Prospects dated before this day have expired. */
  static LocalDate prospectCutoff(TextRules rules, LocalDate today) {
    return today.minusDays(rules.charter().thresholds().prospectValidDays());
  }

  ContactAssessment judge(
      Contact contact, List<Evidence> raw, List<Invitation> invitations, Review review) {
    List<Evidence> evidence = new ArrayList<>(new LinkedHashSet<>(aged(raw, prospectCutoff)));
    evidence.sort(Evidence.STRONGEST_FIRST);
    Status status = Assessor.status(evidence);
    List<SignalHit> signals = new ArrayList<>();
    SourceRef first = contact.sources().get(0);
    if (status == Status.NO_REASON) {
      signals.add(new SignalHit(Signal.NO_REASON, first, "signals.NO_REASON", Detail.NONE));
    }
    rules
        .profilePoor(contact.person(), Assessor.knowsCompanyAndPosition(contact), folded)
        .ifPresent(
            d -> signals.add(new SignalHit(Signal.PROFILE_POOR, first, "signals.PROFILE_POOR", d)));
    rules
        .pitchTitle(contact.person().position(), folded)
        .ifPresent(
            t ->
                signals.add(
                    new SignalHit(
                        Signal.SALES_PITCH,
                        first,
                        "signals.SALES_PITCH.titles",
                        Detail.of("position", contact.person().position()))));
    boolean exchange =
        evidence.stream().anyMatch(e -> e.effective() && e.reason() == ReasonCode.EXCHANGE);
    for (Invitation invitation : invitations) {
      if (invitation.direction() != Direction.INCOMING || invitation.message().isEmpty()) {
        continue;
      }
      folded.reset(invitation.message());
      for (SignalHit hit :
          rules.textSignals(folded, invitation.platform(), invitation.source(), exchange)) {
        if (hit.signal() != Signal.NO_BACKGROUND
            && signals.stream().noneMatch(s -> s.signal() == hit.signal())) {
          signals.add(hit);
        }
      }
    }
    return new ContactAssessment(
        contact, status, evidence, signals, lastInteraction(evidence), review);
  }

  /** Evidence with the charter's aging applied: prospects dated before the cutoff expire. */
  static List<Evidence> aged(List<Evidence> evidence, LocalDate prospectCutoff) {
    List<Evidence> aged = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      boolean old =
          e.reason() == ReasonCode.PROSPECT
              && e.date() != null
              && e.date().isBefore(prospectCutoff);
      aged.add(old && !e.expired() ? e.asExpired() : e);
    }
    return aged;
  }

  private LocalDate lastInteraction(List<Evidence> evidence) {
    LocalDate last = null;
    for (Evidence e : evidence) {
      if (e.date() != null
          && !e.date().isAfter(today)
          && e.reason() != ReasonCode.MANUAL
          && (last == null || e.date().isAfter(last))) {
        last = e.date();
      }
    }
    return last;
  }
}
