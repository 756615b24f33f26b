package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemSheetTest {

  private static final Problem NO_SENDER =
      Problem.note(
          new SourceRef("Thunderbird/Inbox", 0, 1234, 5678901),
          Severity.INFO,
          Message.of("problem.mail-without-sender"));

  private static List<String> firstRow(String language, Problem problem) {
    Sheet sheet = new ProblemSheet(Labels.of(language)).build(List.of(problem));
    return sheet.rows().get(0).stream().map(Cell::plain).toList();
  }

  @Test
  void aMailboxMessageKeepsItsFileFilterableAndNamesItsNumberAndOffsetInTheText() {
    List<String> de = firstRow("de", NO_SENDER);
    assertEquals("Thunderbird/Inbox", de.get(0));
    assertEquals("", de.get(1));
    assertEquals(
        "Nachricht 1.234 (ab Byte 5.678.901): "
            + Labels.of("de").text(Message.of("problem.mail-without-sender")),
        de.get(3));
    assertEquals(
        "message 1,234 (at byte 5,678,901): "
            + Labels.of("en").text(Message.of("problem.mail-without-sender")),
        firstRow("en", NO_SENDER).get(3));
  }

  @Test
  void aRowOfAFileKeepsItsLineAndItsTextAlone() {
    Problem row =
        Problem.note(new SourceRef("kunden.csv", 7), Severity.INFO, Message.of("problem.draft"));
    List<String> en = firstRow("en", row);
    assertEquals(List.of("kunden.csv", "7"), en.subList(0, 2));
    assertEquals(Labels.of("en").text(Message.of("problem.draft")), en.get(3));
  }
}
