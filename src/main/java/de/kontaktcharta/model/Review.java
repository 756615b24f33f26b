package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user recorded for a contact or an invitation in the review columns, as kept in the
 * reasons ledger.
 *
 * @param id the Contact or Invitation ID
 * @param key the strongest identity key when it was recorded, as {@code kind:value}
 * @param name the person's name when it was recorded
 * @param reason the reason code, or null
 * @param decision the decision, or null
 * @param note free text, empty when none
 * @param recorded the day the entry was first recorded, or null when unknown; never rewritten
 * @param changed the day its reason, decision or note last changed, or null when never since
 */
public record Review(
    String id,
    String key,
    String name,
    ReasonCode reason,
    Decision decision,
    String note,
    LocalDate recorded,
    LocalDate changed) {

  public static final Review NONE = new Review("", "", "", null, null, "", null);

  public Review {
    id = TextFold.clean(id);
    key = TextFold.clean(key);
    name = TextFold.clean(name);
    note = note == null ? "" : note.strip();
  }

  /** An entry that has not changed since it was recorded. */
  public Review(
      String id,
      String key,
      String name,
      ReasonCode reason,
      Decision decision,
      String note,
      LocalDate recorded) {
    this(id, key, name, reason, decision, note, recorded, null);
  }

  /** The day of the entry's latest word: its last change, else when it was recorded. */
  public LocalDate lastChanged() {
    return changed != null ? changed : recorded;
  }

  /** True when both say the same: reason, decision and note. */
  public boolean sameValues(Review other) {
    return reason == other.reason && decision == other.decision && note.equals(other.note);
  }

  public Optional<ReasonCode> reasonCode() {
    return Optional.ofNullable(reason);
  }

  public Optional<Decision> decisionCode() {
    return Optional.ofNullable(decision);
  }

  /** True when nothing is recorded. */
  public boolean isEmpty() {
    return reason == null && decision == null && note.isEmpty();
  }
}
