package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
  void problemReadsLikeACompilerMessageWithItsKeyAndValues() {
    Problem skipped =
        Problem.skippedRow(
            new SourceRef("Invitations.csv", 5), Message.of("problem.bad-direction", "X"));
    assertEquals("Invitations.csv:5: warning: problem.bad-direction [X]", skipped.toString());
    assertEquals("bad-direction", skipped.code());
    assertTrue(skipped.rowSkipped());
    assertEquals(Severity.WARNING, skipped.severity());
    Problem note =
        Problem.note(
            SourceRef.wholeFile("a.csv"), Severity.ERROR, Message.of("problem.input-missing"));
    assertEquals("a.csv: error: problem.input-missing", note.toString());
    assertFalse(note.rowSkipped());
  }

  @Test
  void theCodeIsTheKeysPartAfterProblemAndBeforeTheVariant() {
    assertEquals(
        "bad-date",
        Problem.note(SourceRef.wholeFile("a"), Severity.INFO, Message.of("problem.bad-date.kept"))
            .code());
    assertEquals(
        "x-bad-date",
        Problem.note(SourceRef.wholeFile("a"), Severity.INFO, Message.of("problem.x-bad-date"))
            .code());
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.note(SourceRef.wholeFile("a"), Severity.INFO, Message.of("bad-date")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.note(SourceRef.wholeFile("a"), Severity.INFO, Message.of("problem.")));
  }

  @Test
  void messageValuesKeepNumbersDatesAndMessagesAndTrimTexts() {
    Message m =
        Message.of(
            "cause.x", 3, 4L, " text ", null, LocalDate.of(2026, 1, 2), Message.of("cause.y"));
    assertEquals(
        List.of(3L, 4L, "text", "", LocalDate.of(2026, 1, 2), Message.of("cause.y")), m.args());
    assertEquals("cause.x [3, 4, text, , 2026-01-02, cause.y]", m.toString());
    assertTrue(Message.NONE.isEmpty());
    assertFalse(m.isEmpty());
  }

  @Test
  void problemsSortByFileLineAndCode() {
    List<Problem> problems =
        new ArrayList<>(
            List.of(
                Problem.note(new SourceRef("b.csv", 1), Severity.INFO, Message.of("problem.a")),
                Problem.note(new SourceRef("a.csv", 10), Severity.INFO, Message.of("problem.b")),
                Problem.note(new SourceRef("a.csv", 2), Severity.INFO, Message.of("problem.z")),
                Problem.note(new SourceRef("a.csv", 2), Severity.INFO, Message.of("problem.c"))));
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
