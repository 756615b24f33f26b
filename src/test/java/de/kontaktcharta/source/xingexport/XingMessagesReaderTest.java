package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XingMessagesReaderTest {

  private static final String EXPORT =
      "export/data/messages-backend/files/5d41402abc4b2a76b9719d911017c592.csv";

  private final XingMessagesReader reader = new XingMessagesReader();

  private Recorder<XingMessage> export() {
    Recorder<XingMessage> out = new Recorder<>();
    reader.read(Recorder.fixture(EXPORT), "messages.csv", out);
    return out;
  }

  @Test
  void messageRowsBelongToTheConversationRowBeforeThem() {
    Recorder<XingMessage> out = export();

    assertEquals(11, out.items.size());
    XingMessage first = out.items.get(0);
    assertEquals("Erika Mustermann", first.sender());
    assertEquals(List.of("Max Beispiel"), first.recipients());
    assertEquals(Instant.parse("2024-03-05T09:12:44Z"), first.sentAt().instant());
    assertEquals(2, first.source().line());
    assertEquals(1, first.conversationSource().line());
    assertEquals(
        List.of("Max Beispiel", "Max Beispiel", "Erika Mustermann"),
        out.items.subList(1, 4).stream().map(XingMessage::sender).toList());
    assertEquals(
        1, out.items.subList(0, 4).stream().map(XingMessage::conversationKey).distinct().count());
  }

  @Test
  void aMultiLineMessageTextIsOneRowAndTheNextRowKeepsItsLine() {
    Recorder<XingMessage> out = export();

    // the first message spans lines 2-4, the next starts on 5
    assertEquals(5, out.items.get(1).source().line());
    // text that looks like message rows inside quotes is not read as rows
    XingMessage rueckruf = out.items.get(9);
    assertEquals("Max Beispiel", rueckruf.sender());
    assertEquals(18, rueckruf.source().line());
    assertEquals(21, out.items.get(10).source().line());
  }

  @Test
  void aConversationOfThreeIsAGroupAndItsRecipientsAreTheOtherTwo() {
    Recorder<XingMessage> out = export();

    XingMessage jana = out.items.get(4);
    assertEquals("Jana Probst", jana.sender());
    assertTrue(jana.group());
    assertEquals(List.of("Erika Mustermann", "Max Beispiel"), jana.recipients());
    assertFalse(out.items.get(0).group());
  }

  @Test
  void aSingleListedNameWithAnotherSenderIsOneToOne() {
    // XING drops deactivated contacts from the participant list
    Recorder<XingMessage> out = export();

    XingMessage tobias = out.items.get(6);
    assertEquals("Tobias Kühn", tobias.sender());
    assertFalse(tobias.group());
    assertEquals(List.of("Erika Mustermann"), tobias.recipients());
    assertEquals(List.of("Tobias Kühn"), out.items.get(7).recipients());
  }

  @Test
  void aConversationWithOnlyTheOwnerHasNoRecipientAndIsNoted() {
    Recorder<XingMessage> out = export();

    XingMessage alone = out.items.get(8);
    assertEquals(List.of(), alone.recipients());
    assertEquals(Instant.parse("2014-06-19T06:32:37Z"), alone.sentAt().instant());
    Problem unknown = out.problem("xing-counterpart-unknown");
    assertEquals(15, unknown.source().line());
    assertFalse(unknown.rowSkipped());
  }

  @Test
  void anEmptyConversationIsNamedNotDropped() {
    Recorder<XingMessage> out = export();

    Problem empty = out.problem("xing-empty-conversation");
    assertEquals(11, empty.source().line());
    assertEquals(Severity.INFO, empty.severity());
  }

  @Test
  void theExportIsFullyAccountedFor() {
    Recorder<XingMessage> out = new Recorder<>();
    XingReadSummary summary = reader.read(Recorder.fixture(EXPORT), "messages.csv", out);

    // 6 conversation rows and 11 message rows, all used
    assertEquals(new XingReadSummary("messages.csv", 17, 17, 0, 11, 2), summary);
  }

  @Test
  void theConversationKeyIsStableAndDoesNotCarryTheSubject() {
    List<String> first = export().items.stream().map(XingMessage::conversationKey).toList();
    List<String> again = export().items.stream().map(XingMessage::conversationKey).toList();

    assertEquals(first, again);
    // six conversations, one of them without messages
    assertEquals(5, first.stream().distinct().count());
    first.forEach(k -> assertTrue(k.matches("xing-[0-9a-f]{16}"), k));
    assertNotEquals(first.get(0), first.get(9));
  }

  @Test
  void brokenRowsAreEachNamedAndTheRestIsRead() {
    Recorder<XingMessage> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(Recorder.fixture("variants/messages-broken.csv"), "broken.csv", out);

    assertEquals(
        List.of("1 Max Beispiel", "7 Max Beispiel", "8 Erika Mustermann", "10 Jana Probst"),
        out.items.stream().map(m -> m.source().line() + " " + m.sender()).toList());
    assertEquals(
        List.of(
            "1 xing-no-conversation",
            "1 xing-counterpart-unknown",
            "3 xing-no-sender",
            "4 xing-bad-date",
            "5 xing-bad-row",
            "6 xing-bad-row",
            "9 xing-bad-date",
            "11 xing-not-csv"),
        out.problems.stream()
            .map(p -> p.source().line() + " " + p.code())
            .collect(Collectors.toList()));
    Problem unclosed = out.problem("xing-not-csv");
    assertTrue(
        English.text(unclosed.message()).contains("never closed"),
        English.text(unclosed.message()));
    assertTrue(
        English.text(unclosed.message()).startsWith("lines 11-12"),
        English.text(unclosed.message()));
    assertEquals(summary.rows(), summary.used() + summary.skipped());
    assertEquals(5, summary.skipped());
  }

  @Test
  void aStrayQuoteThatSwallowsTheNextLineIsOneBadRowNamingBothLines() {
    String csv =
        "\"Angebot\",\"2024-01-03 09:00:00 UTC\",\"Erika Mustermann,Max Beispiel\",\"\",\"\",\"\"\n"
            + "\"\",\"\",\"\",\"Max Beispiel\",\"2024-01-03 09:30:00 UTC\",\"Zitat ohne Ende\n"
            + "\"\",\"\",\"\",\"Erika Mustermann\",\"2024-01-03 09:40:00 UTC\",\"ok\"\n"
            + "\"\",\"\",\"\",\"Max Beispiel\",\"2024-01-03 09:50:00 UTC\",\"weiter\"\n";
    Recorder<XingMessage> out = new Recorder<>();
    reader.read(
        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "s.csv",
        out);

    Problem bad = out.problem("xing-bad-row");
    assertTrue(English.text(bad.message()).startsWith("lines 2-3: "), English.text(bad.message()));
    assertEquals(List.of(4), out.items.stream().map(m -> m.source().line()).toList());
  }

  @Test
  void aConversationRowThatCarriesItsFirstMessageIsReadAsBoth() {
    String csv =
        "\"Hallo\",\"2024-01-03 09:00:00 UTC\",\"Erika Mustermann,Max Beispiel\",\"Max Beispiel\",\"2024-01-03 09:00:00 UTC\",\"Hallo Erika\"\n"
            + "\"Leer\",\"2024-01-04 09:00:00 UTC\",\"Erika Mustermann,Jana Probst\",\"\",\"morgen\",\"ohne Absender\"\n";
    Recorder<XingMessage> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(
            new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "b.csv",
            out);

    assertEquals(List.of("Max Beispiel"), out.items.stream().map(XingMessage::sender).toList());
    assertEquals(List.of("Erika Mustermann"), out.items.get(0).recipients());
    assertEquals(
        List.of(
            "xing-conversation-with-message",
            "xing-conversation-with-message",
            "xing-no-sender",
            "xing-empty-conversation"),
        out.codes());
    // the second row started a conversation, so its bad message half costs no row
    assertFalse(out.problem("xing-no-sender").rowSkipped());
    assertEquals(new XingReadSummary("b.csv", 2, 2, 0, 1, 4), summary);
  }

  @Test
  void anUnclosedQuoteInTheLastLineWithoutLineBreakNamesBothLines() {
    String csv =
        "\"Angebot\",\"2024-01-03 09:00:00 UTC\",\"Erika Mustermann,Max Beispiel\",\"\",\"\",\"\"\n"
            + "\"\",\"\",\"\",\"Max Beispiel\",\"2024-01-03 09:30:00 UTC\",\"Zitat\n"
            + "ohne Ende";
    Recorder<XingMessage> out = new Recorder<>();
    reader.read(
        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "e.csv",
        out);

    assertTrue(
        English.text(out.problem("xing-not-csv").message()).startsWith("lines 2-3 not read"));
    assertEquals(List.of(), out.items);
  }

  @Test
  void aQuoteInsideAFieldThatWasNotDoubledDoesNotLoseTheMessage() {
    Recorder<XingMessage> out = new Recorder<>();
    reader.read(Recorder.fixture("variants/messages-broken.csv"), "broken.csv", out);

    assertTrue(out.items.stream().anyMatch(m -> m.source().line() == 7));
  }

  @Test
  void aSpreadsheetUnicodeTextSaveWithTabsIsRead() {
    Recorder<XingMessage> out = new Recorder<>();
    reader.read(Recorder.fixture("variants/messages-utf16le-tabs.txt"), "u16.txt", out);

    assertEquals(
        List.of("Max Beispiel", "Erika Mustermann"),
        out.items.stream().map(XingMessage::sender).toList());
    assertEquals(List.of("Erika Mustermann"), out.items.get(0).recipients());
    assertEquals(List.of(), out.problems);
  }
}
