package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A skill endorsement the owner received.
 *
 * @param endorser who endorsed
 * @param skill the skill
 * @param date when, or null
 * @param source file and line
 */
public record EndorsementFact(PersonRef endorser, String skill, LocalDate date, SourceRef source)
    implements Fact {

  public EndorsementFact {
    Objects.requireNonNull(endorser, "endorser");
    skill = TextFold.clean(skill);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.endorsement(this);
  }
}
