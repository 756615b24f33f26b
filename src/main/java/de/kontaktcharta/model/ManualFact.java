package de.kontaktcharta.model;

import java.util.Objects;

/**
 * A reason or decision the user recorded by hand (reasons ledger or review columns).
 *
 * @param review what was recorded, with the Contact ID and key it was recorded for
 * @param person the person as the entry names them
 * @param source file and line of the entry
 */
public record ManualFact(Review review, PersonRef person, SourceRef source) implements Fact {

  public ManualFact {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.manual(this);
  }
}
