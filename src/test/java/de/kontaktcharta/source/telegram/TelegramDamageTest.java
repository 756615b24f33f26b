package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramDamageTest {

  @Test
  void aBrokenMessageCostsOnlyThatMessageAndReadingGoesOnToTheNextChat() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary =
        r.read(
            TelegramFileKind.FULL_EXPORT,
            TelegramRecorder.bytes("bad/broken-messages.json"),
            "b.json");
    assertEquals(List.of("1", "3", "9"), r.messageIds());
    assertEquals(
        List.of("telegram-broken-message", "telegram-broken-message", "telegram-no-owner"),
        r.codes());
    Problem first = r.problems.get(0);
    assertTrue(first.rowSkipped());
    assertEquals(20, first.source().line(), "where message 2 begins");
    assertTrue(
        English.text(first.message()).contains("lines 20–28 were skipped"),
        English.text(first.message()));
    assertTrue(
        English.text(r.problems.get(1).message()).endsWith("to the end of the chat"),
        English.text(r.problems.get(1).message()));
    assertEquals(2, summary.chats());
    assertEquals(5, summary.messages());
    assertEquals(2, summary.skipped());
    assertTrue(summary.complete());
    assertEquals(29, r.messages.get(1).source().line(), "lines stay those of the file");
    assertEquals(54, r.messages.get(2).source().line(), "also after a second repair");
  }

  @Test
  void whenNoFurtherMessageFollowsTheRestIsNamedAsLost() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary =
        r.read(
            TelegramFileKind.SINGLE_CHAT,
            TelegramRecorder.bytes("bad/broken-to-the-end.json"),
            "b.json");
    assertEquals(List.of("1"), r.messageIds());
    assertFalse(summary.complete());
    assertEquals(List.of("telegram-damaged-file"), r.codes());
    assertEquals(Severity.ERROR, r.problems.get(0).severity());
  }

  @Test
  void aTruncatedExportKeepsWhatCameBefore() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read("bad/truncated.json");
    assertEquals(List.of("17"), r.messageIds());
    assertEquals(1, r.owners.size());
    assertFalse(summary.complete());
    assertEquals(List.of("telegram-damaged-file"), r.codes());
  }

  @Test
  void wrongTypesUnknownFieldsAndOddMessagesGiveProblemsNotExceptions() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary =
        r.read(
            TelegramFileKind.FULL_EXPORT, TelegramRecorder.bytes("bad/wrong-types.json"), "w.json");
    assertEquals(
        List.of(
            "telegram-no-owner",
            "telegram-unexpected-content",
            "telegram-no-id",
            "telegram-unexpected-content",
            "telegram-unexpected-content",
            "telegram-bad-date",
            "telegram-no-sender",
            "telegram-unsupported-message",
            "telegram-unknown-message-type",
            "telegram-unknown-chat-type"),
        r.codes());
    assertTrue(r.owners.isEmpty());
    assertEquals(1, r.contacts.size());
    assertEquals("", r.contacts.get(0).firstName(), "a list where a name belongs reads as empty");
    assertEquals(0.0, r.frequent.get(0).rating());
    assertEquals(List.of("5"), r.messageIds());
    TelegramMessage five = r.messages.get(0);
    assertEquals("222222222", five.senderId(), "a bare number is a user id");
    assertTrue(five.fromCounterpart());
    assertEquals("", five.senderName());
    assertEquals(1, summary.noEvidence(), "the message of the unknown chat type");
    assertTrue(summary.complete());
  }

  @Test
  void anEmptyFileOrAListIsAProblemOfTheWholeFile() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    assertFalse(r.read(TelegramFileKind.FULL_EXPORT, new byte[0], "e.json").complete());
    r.read(TelegramFileKind.FULL_EXPORT, "[1, 2]".getBytes(StandardCharsets.UTF_8), "l.json");
    assertEquals(List.of("telegram-unexpected-content", "telegram-unexpected-content"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("the file is empty"));
  }
}
