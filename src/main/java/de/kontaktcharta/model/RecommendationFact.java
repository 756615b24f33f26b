package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A written recommendation the owner received.
 *
 * @param author who wrote it
 * @param text the recommendation
 * @param date when, or null
 * @param source file and line
 */
public record RecommendationFact(PersonRef author, String text, LocalDate date, SourceRef source)
    implements Fact {

  public RecommendationFact {
    Objects.requireNonNull(author, "author");
    text = TextFold.clean(text);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.recommendation(this);
  }
}
