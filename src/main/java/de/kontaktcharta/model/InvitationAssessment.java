package de.kontaktcharta.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The charter's recommendation for one open incoming invitation.
 *
 * @param id a stable ID for the review round trip, derived like a Contact ID
 * @param invitation the invitation
 * @param evidence accept evidence for the inviter, strongest first
 * @param signals the decline signals found
 * @param recommendation accept, decline or review
 * @param rule the charter rule that decided, e.g. {@code decline.hard_signal}
 * @param review what the user recorded for this invitation
 */
public record InvitationAssessment(
    String id,
    Invitation invitation,
    List<Evidence> evidence,
    List<SignalHit> signals,
    Recommendation recommendation,
    String rule,
    Review review) {

  public InvitationAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(invitation, "invitation");
    evidence = List.copyOf(evidence);
    signals = List.copyOf(signals);
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(review, "review");
  }

  public Optional<Evidence> strongest() {
    return evidence.stream().filter(Evidence::effective).min(Evidence.STRONGEST_FIRST);
  }
}
