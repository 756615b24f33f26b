package de.kontaktcharta.model;

/**
 * A row of an evidence source. The rules turn facts into evidence for the people they mention.
 *
 * <p>Whoever handles facts does so through a {@link Visitor}, which has one method per kind of
 * fact: a new kind of fact then cannot be dropped silently, because every visitor stops compiling
 * until it says what to do with it.
 */
public sealed interface Fact
    permits MessageFact,
        EndorsementFact,
        RecommendationFact,
        RelationFact,
        MeetingFact,
        InteractionFact,
        ManualFact,
        NoteFact {

  /** Where the fact was read. */
  SourceRef source();

  /** Hands the fact to the visitor's method for its kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of fact. */
  interface Visitor<R> {
    R message(MessageFact fact);

    R endorsement(EndorsementFact fact);

    R recommendation(RecommendationFact fact);

    R relation(RelationFact fact);

    R meeting(MeetingFact fact);

    R interaction(InteractionFact fact);

    R manual(ManualFact fact);

    R note(NoteFact fact);
  }
}
