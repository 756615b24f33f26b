package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactVisitorTest {

  private static final SourceRef AT = new SourceRef("f.csv", 2);
  private static final PersonRef ANNA = PersonRef.named("Anna Berg");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  /** Names the method each fact was handed to. */
  private static final Fact.Visitor<String> NAMES =
      new Fact.Visitor<>() {
        @Override
        public String message(MessageFact fact) {
          return "message";
        }

        @Override
        public String endorsement(EndorsementFact fact) {
          return "endorsement";
        }

        @Override
        public String recommendation(RecommendationFact fact) {
          return "recommendation";
        }

        @Override
        public String relation(RelationFact fact) {
          return "relation";
        }

        @Override
        public String meeting(MeetingFact fact) {
          return "meeting";
        }

        @Override
        public String interaction(InteractionFact fact) {
          return "interaction";
        }

        @Override
        public String manual(ManualFact fact) {
          return "manual";
        }

        @Override
        public String note(NoteFact fact) {
          return "note";
        }
      };

  @Test
  void everyFactReachesTheVisitorMethodOfItsKind() {
    List<Fact> facts =
        List.of(
            MessageFact.linkedIn(ANNA, List.of(), DAY, "Hallo", AT),
            new EndorsementFact(ANNA, "Java", DAY, AT),
            new RecommendationFact(ANNA, "Sehr gut", DAY, AT),
            new RelationFact(ANNA, "Kunde", DAY, AT),
            new MeetingFact(List.of(ANNA), DAY, "Messe", AT),
            new InteractionFact(ANNA, "Telefon", DAY, "", AT),
            new ManualFact(Review.NONE, ANNA, AT),
            new NoteFact(ANNA, Platform.XING, DAY, "Messe Köln", AT));
    assertEquals(
        List.of(
            "message",
            "endorsement",
            "recommendation",
            "relation",
            "meeting",
            "interaction",
            "manual",
            "note"),
        facts.stream().map(f -> f.accept(NAMES)).toList());
  }
}
