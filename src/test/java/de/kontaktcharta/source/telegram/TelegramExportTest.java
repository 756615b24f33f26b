package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramExportTest {

  private static final String FULL = "full/result.json";

  @Test
  void theFullExportNamesOwnerContactsAndFrequentContacts() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    r.read(FULL);
    TelegramOwner owner = r.owners.get(0);
    assertEquals("111111111", owner.userId());
    assertEquals("Max", owner.firstName());
    assertEquals("Beispiel", owner.lastName());
    assertEquals("+49 151 23456789", owner.phone());
    assertEquals("@maxbeispiel", owner.username());
    assertEquals(new SourceRef(FULL, 3), owner.source());

    assertEquals(2, r.contacts.size());
    TelegramContact erika = r.contacts.get(0);
    assertEquals("222222222", erika.userId());
    assertEquals("+49 170 1234567", erika.phone());
    assertEquals(Instant.ofEpochSecond(1672912800), erika.addedAt());
    assertEquals("", r.contacts.get(1).userId(), "a phone contact without Telegram account");

    assertEquals(3, r.frequent.size());
    assertEquals("people", r.frequent.get(0).category());
    assertEquals(0.973, r.frequent.get(0).rating());
  }

  @Test
  void personalChatMessagesComeWithExactTimesAndDirectionFromTheChatId() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    r.read(FULL);
    List<TelegramMessage> erika =
        r.messages.stream().filter(m -> m.chat().id().equals("222222222")).toList();
    assertEquals(
        List.of("17", "18", "19", "21", "22"),
        erika.stream().map(TelegramMessage::messageId).toList());
    TelegramMessage first = erika.get(0);
    assertTrue(first.fromCounterpart());
    assertEquals("222222222", first.senderId(), "the user prefix is gone");
    assertEquals("Erika Mustermann", first.senderName());
    assertEquals(Instant.ofEpochSecond(1749121380), first.sentAt());
    assertNull(first.localTime());
    assertEquals(
        new TelegramChat("222222222", "Erika Mustermann", TelegramChat.Type.PERSONAL_CHAT),
        first.chat());
    assertFalse(erika.get(1).fromCounterpart(), "the owner's reply");
    assertEquals("222222222", erika.get(1).counterpartId(), "the other person, either way");
    assertEquals(TelegramMessage.Kind.CALL, erika.get(2).kind());
    assertTrue(erika.get(2).fromCounterpart(), "Erika called");
  }

  @Test
  void theInvalidJsonTelegramWritesIsRepairedAndSaidOnce() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read(FULL);
    assertTrue(r.codes().contains("telegram-repaired-escapes"));
    assertTrue(r.codes().contains("telegram-repaired-values"));
    assertEquals(2 + 2, summary.repaired(), "two \\x0B, two unquoted document_id");
    assertTrue(r.messageIds().contains("21"), "the message with the unquoted value is used");
    assertTrue(summary.complete());
  }

  @Test
  void groupsKeepEverySenderAndOtherChatsAreNoEvidence() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read(FULL);
    List<TelegramMessage> group = r.messages.stream().filter(m -> m.chat().type().group()).toList();
    assertEquals(
        List.of("222222222", "444444444", "111111111", "channel1234567890", "444444444"),
        group.stream().map(TelegramMessage::senderId).toList());
    assertFalse(group.get(0).fromCounterpart());
    assertEquals("", group.get(0).counterpartId(), "a group has no single counterpart");
    assertEquals("Stammtisch 2019", group.get(4).chat().name(), "left chats are read too");

    assertEquals(7, summary.chats());
    assertEquals(6 + 6 + 1 + 2 + 1 + 1 + 1, summary.messages());
    assertEquals(5 + 4 + 1 + 1, summary.used());
    assertEquals(
        1 + 2 + 1 + 2 + 1, summary.noEvidence(), "pin, 2 group services, saved, bot, channel");
    assertEquals(1, summary.skipped(), "the empty contact");
    assertEquals(summary.messages(), summary.used() + summary.noEvidence());
  }

  @Test
  void aDeletedAccountKeepsItsIdWithoutName() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    r.read(FULL);
    TelegramMessage deleted =
        r.messages.stream()
            .filter(m -> m.chat().id().equals("999999999"))
            .findFirst()
            .orElseThrow();
    assertEquals("", deleted.chat().name());
    assertEquals("", deleted.senderName());
    assertTrue(deleted.fromCounterpart());
  }

  @Test
  void theEmptyContactIsListedAndNoOtherProblemsAppear() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    r.read(FULL);
    assertEquals(
        List.of("telegram-empty-contact", "telegram-repaired-escapes", "telegram-repaired-values"),
        r.codes());
  }

  @Test
  void aSingleChatExportIsTheChatItselfAndNeedsNoOwner() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read("single/result.json");
    assertEquals(TelegramFileKind.SINGLE_CHAT, summary.kind());
    assertEquals(1, summary.chats());
    assertEquals(List.of("17", "18", "19"), r.messageIds());
    assertTrue(r.messages.get(0).fromCounterpart());
    assertFalse(r.messages.get(1).fromCounterpart());
    assertTrue(r.owners.isEmpty());
    assertEquals(List.of("telegram-repaired-escapes"), r.codes());
  }

  @Test
  void aByteOrderMarkBeforeTheExportIsSkipped() throws IOException {
    byte[] chat = TelegramRecorder.bytes("single/result.json");
    byte[] marked = new byte[chat.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(chat, 0, marked, 3, chat.length);
    assertEquals(
        java.util.Optional.of(TelegramFileKind.SINGLE_CHAT), TelegramDetector.detect(marked));
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read(TelegramFileKind.SINGLE_CHAT, marked, "result.json");
    assertEquals(List.of("17", "18", "19"), r.messageIds());
    assertTrue(summary.complete());
    assertEquals(6, r.messages.get(0).source().line(), "the mark adds no line");
  }

  @Test
  void exportsBefore2022HaveBareIdsAndOnlyLocalTimes() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read("old-2020/result.json");
    assertEquals(3, summary.used());
    TelegramMessage first = r.messages.get(0);
    assertEquals("222222222", first.senderId());
    assertTrue(first.fromCounterpart());
    assertNull(first.sentAt());
    assertEquals(LocalDateTime.of(2020, 3, 14, 9, 30), first.localTime());
    assertFalse(r.messages.get(1).fromCounterpart());
    assertEquals(TelegramMessage.Kind.CALL, r.messages.get(2).kind());
    assertEquals(List.of("telegram-local-times"), r.codes(), "said once, not per message");
  }

  @Test
  void theHtmlExportIsRecognisedAndExplainedNotRead() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary = r.read("html/messages.html");
    assertEquals(TelegramFileKind.HTML_EXPORT, summary.kind());
    assertEquals(List.of("telegram-html-export"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("export as JSON instead"));
    assertFalse(summary.complete());
    assertTrue(r.messages.isEmpty());
  }
}
