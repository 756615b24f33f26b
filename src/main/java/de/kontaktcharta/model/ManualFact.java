package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A reason or decision the user recorded by hand (reasons ledger or review columns).
 *
 * @param contactId the Contact ID the entry was recorded for, empty when unknown
 * @param key the strongest identity key at the time, as text (e.g. {@code url:linkedin.com/in/x})
 * @param person the person as the entry names them
 * @param reason the reason code, or null when the user recorded only a decision or note
 * @param decision the decision, or null
 * @param note free text, empty when none
 * @param recorded when the entry was first recorded, or null
 * @param source file and line
 */
public record ManualFact(
    String contactId,
    String key,
    PersonRef person,
    ReasonCode reason,
    Decision decision,
    String note,
    LocalDate recorded,
    SourceRef source)
    implements Fact {

  public ManualFact {
    contactId = TextFold.clean(contactId);
    key = TextFold.clean(key);
    Objects.requireNonNull(person, "person");
    note = TextFold.clean(note);
    Objects.requireNonNull(source, "source");
  }

  public Optional<ReasonCode> reasonCode() {
    return Optional.ofNullable(reason);
  }

  public Optional<Decision> decisionCode() {
    return Optional.ofNullable(decision);
  }
}
