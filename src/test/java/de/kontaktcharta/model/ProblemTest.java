package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code file:line} of problems and sources, and input summaries. */
class ProblemTest {

  private static final InputKind MESSAGES = new InputKind("messages", InputKind.Role.EVIDENCE);

  @Test
  void sourceIsFileColonLine() {
    assertEquals(
        "export.zip!Connections.csv:35",
        new SourceRef("export.zip!Connections.csv", 35).toString());
    assertEquals("messages.csv", SourceRef.wholeFile("messages.csv").toString());
    assertThrows(IllegalArgumentException.class, () -> new SourceRef("x.csv", -1));
    assertThrows(NullPointerException.class, () -> new SourceRef(null, 1));
  }

  @Test
  void problemReadsLikeACompilerMessage() {
    Problem skipped =
        Problem.skippedRow(new SourceRef("Invitations.csv", 5), "bad-direction", "Direction 'X'");
    assertEquals("Invitations.csv:5: warning: Direction 'X'", skipped.toString());
    assertTrue(skipped.rowSkipped());
    assertEquals(Severity.WARNING, skipped.severity());
    Problem note =
        Problem.note(SourceRef.wholeFile("a.csv"), Severity.ERROR, "input-missing", "not found");
    assertEquals("a.csv: error: not found", note.toString());
    assertFalse(note.rowSkipped());
  }

  @Test
  void problemsSortByFileLineAndCode() {
    List<Problem> problems =
        new ArrayList<>(
            List.of(
                Problem.note(new SourceRef("b.csv", 1), Severity.INFO, "a", "m"),
                Problem.note(new SourceRef("a.csv", 10), Severity.INFO, "b", "m"),
                Problem.note(new SourceRef("a.csv", 2), Severity.INFO, "z", "m"),
                Problem.note(new SourceRef("a.csv", 2), Severity.INFO, "c", "m")));
    problems.sort(null);
    assertEquals(
        List.of("a.csv:2 c", "a.csv:2 z", "a.csv:10 b", "b.csv:1 a"),
        problems.stream().map(p -> p.source() + " " + p.code()).toList());
  }

  @Test
  void summaryIsBalancedWhenEveryRowIsUsedOrSkipped() {
    assertTrue(new InputSummary("f", MESSAGES, "", 27, 23, 4).balanced());
    assertFalse(new InputSummary("f", MESSAGES, "", 27, 23, 3).balanced());
  }
}
