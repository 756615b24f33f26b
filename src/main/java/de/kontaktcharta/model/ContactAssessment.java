package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The charter's verdict on one contact.
 *
 * @param contact who
 * @param status justified, weak or no reason
 * @param evidence every piece of evidence, strongest first (expired ones included and marked)
 * @param signals decline signals, shown as warnings
 * @param lastInteraction the newest dated evidence, or null
 * @param review what the user recorded for this contact
 */
public record ContactAssessment(
    Contact contact,
    Status status,
    List<Evidence> evidence,
    List<SignalHit> signals,
    LocalDate lastInteraction,
    Review review) {

  public ContactAssessment {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
    signals = List.copyOf(signals);
    Objects.requireNonNull(review, "review");
  }

  /** The reasons with effective evidence, in charter order. */
  public SortedSet<ReasonCode> reasons() {
    SortedSet<ReasonCode> reasons = new TreeSet<>();
    for (Evidence e : evidence) {
      if (e.effective()) {
        reasons.add(e.reason());
      }
    }
    return reasons;
  }

  /** The strongest effective evidence, if any. */
  public Optional<Evidence> strongest() {
    return evidence.stream().filter(Evidence::effective).min(Evidence.STRONGEST_FIRST);
  }
}
