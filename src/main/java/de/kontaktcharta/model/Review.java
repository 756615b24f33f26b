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
 * @param recorded when the entry was last changed
 */
public record Review(
    String id,
    String key,
    String name,
    ReasonCode reason,
    Decision decision,
    String note,
    LocalDate recorded) {

  public static final Review NONE = new Review("", "", "", null, null, "", null);

  public Review {
    id = TextFold.clean(id);
    key = TextFold.clean(key);
    name = TextFold.clean(name);
    note = note == null ? "" : note.strip();
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
