package de.kontaktcharta.model;

/** A row of an evidence source. The rules turn facts into evidence for the people they mention. */
public sealed interface Fact
    permits MessageFact,
        EndorsementFact,
        RecommendationFact,
        RelationFact,
        MeetingFact,
        InteractionFact,
        ManualFact {

  /** Where the fact was read. */
  SourceRef source();
}
