package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.TODAY;
import static de.kontaktcharta.rules.RulesFixture.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.testing.English;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmatchedEvidenceTest {

  private static List<Finding> findings(int n) {
    List<Finding> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          new Finding(
              PersonRef.named("Person " + i),
              false,
              evidence(ReasonCode.MET, Strength.STRONG, TODAY)));
    }
    return list;
  }

  @Test
  void aFewPiecesAreNamedOneByOne() {
    List<Problem> notes =
        UnmatchedEvidence.notes("kalender.ics", findings(UnmatchedEvidence.ONE_BY_ONE));
    assertEquals(UnmatchedEvidence.ONE_BY_ONE, notes.size());
    assertTrue(
        English.text(notes.get(0)).startsWith("'Person 0' is no contact"),
        English.text(notes.get(0)));
  }

  @Test
  void manyGiveTheFileOneNoteWithAFewNames() {
    List<Problem> notes =
        UnmatchedEvidence.notes("kalender.ics", findings(UnmatchedEvidence.ONE_BY_ONE + 1));
    assertEquals(1, notes.size());
    String message = English.text(notes.get(0));
    assertTrue(message.startsWith("21 pieces of evidence"), message);
    assertTrue(message.contains("Person 4") && !message.contains("Person 5"), message);
    assertEquals("kalender.ics", notes.get(0).source().toString());
  }
}
