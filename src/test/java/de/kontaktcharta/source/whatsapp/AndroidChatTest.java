package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Android exports in German and English. */
class AndroidChatTest {

  @Test
  void germanOneToOneChatCountsMessagesPerAuthor() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Erika Mustermann.txt");
    ChatSummary summary = read.summary;
    assertEquals("Erika Mustermann", summary.source().title());
    assertEquals(ChatFormat.ANDROID, summary.format());
    assertEquals(DateOrder.DAY_FIRST, summary.dateOrder());
    assertFalse(summary.dateOrderGuessed());
    assertEquals(Map.of("Erika Mustermann", 4, "Max Beispiel", 3), summary.messagesByAuthor());
    assertEquals(List.of("Erika Mustermann", "Max Beispiel"), List.copyOf(summary.authors()));
    assertFalse(summary.group());
    assertEquals(ChatSummary.GroupReason.AT_MOST_TWO_AUTHORS, summary.groupReason());
    assertEquals(7, summary.messages());
    assertEquals(2, summary.systemLines());
    assertEquals(12, summary.lines());
    assertEquals(LocalDateTime.of(2025, 12, 5, 14, 3), summary.first());
    assertEquals(LocalDateTime.of(2025, 12, 24, 20, 0), summary.last());
  }

  @Test
  void germanSystemLinesHaveNoAuthor() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Erika Mustermann.txt");
    ChatMessage encryption = read.atLine(1);
    assertTrue(encryption.system());
    assertEquals("", encryption.author());
    assertTrue(read.atLine(9).system(), "security number changed");
  }

  @Test
  void continuationLinesBelongToTheMessageBefore() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Erika Mustermann.txt");
    ChatMessage multi = read.atLine(3);
    assertEquals("Max Beispiel", multi.author());
    assertEquals(3, multi.lines());
    assertEquals(LocalDateTime.of(2025, 12, 5, 14, 5), multi.time());
    assertEquals(2, read.atLine(10).lines());
  }

  @Test
  void mediaAndDeletedMessagesStillCountAsSent() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Erika Mustermann.txt");
    assertEquals(ChatMessage.Kind.MEDIA, read.atLine(6).kind());
    assertEquals(ChatMessage.Kind.DELETED, read.atLine(7).kind());
    assertEquals(ChatMessage.Kind.MEDIA, read.atLine(10).kind());
    assertTrue(read.atLine(7).sentByAuthor());
  }

  @Test
  void colonInTheTextDoesNotChangeTheAuthor() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Erika Mustermann.txt");
    assertEquals("Max Beispiel", read.atLine(8).author());
    assertEquals(ChatMessage.Kind.TEXT, read.atLine(8).kind());
  }

  @Test
  void englishTwelveHourClockWithNarrowNoBreakSpaceIsMonthFirst() {
    ChatRecorder read = ChatRecorder.read("android-en/WhatsApp Chat with Max Beispiel.txt");
    ChatSummary summary = read.summary;
    assertEquals("Max Beispiel", summary.source().title());
    assertEquals(DateOrder.MONTH_FIRST, summary.dateOrder());
    assertFalse(summary.dateOrderGuessed());
    assertEquals(LocalDateTime.of(2025, 12, 5, 14, 3), read.atLine(2).time());
    assertEquals(LocalDateTime.of(2025, 12, 6, 9, 12), read.atLine(5).time());
    assertEquals(LocalDateTime.of(2025, 12, 6, 12, 30), read.atLine(6).time());
    assertEquals(LocalDateTime.of(2025, 12, 13, 0, 1), read.atLine(7).time());
    assertEquals(Map.of("Max Beispiel", 3, "Erika Mustermann", 2), summary.messagesByAuthor());
  }

  @Test
  void englishPlaceholdersAndNoticesAreRecognised() {
    ChatRecorder read = ChatRecorder.read("android-en/WhatsApp Chat with Max Beispiel.txt");
    assertTrue(read.atLine(1).system());
    assertEquals(ChatMessage.Kind.MEDIA, read.atLine(5).kind());
    assertEquals(ChatMessage.Kind.DELETED, read.atLine(6).kind());
  }

  @Test
  void linesHeldBackUntilTheOrderIsKnownAreReportedInFileOrder() {
    ChatRecorder read = ChatRecorder.read("android-en/WhatsApp Chat with Max Beispiel.txt");
    assertEquals(
        List.of("1 SYSTEM", "2 TEXT", "3 TEXT", "5 MEDIA", "6 DELETED", "7 TEXT"), read.order);
  }

  @Test
  void dayAboveTwelveLateInTheFileMakesItDayFirst() {
    ChatRecorder read = ChatRecorder.read("android-en/WhatsApp Chat with Family.txt");
    assertEquals(DateOrder.DAY_FIRST, read.summary.dateOrder());
    assertEquals(LocalDateTime.of(2025, 12, 5, 14, 3), read.atLine(1).time());
  }

  @Test
  void threeAuthorsWithoutGroupEventsAreAGroup() {
    ChatSummary summary = ChatRecorder.read("android-en/WhatsApp Chat with Family.txt").summary;
    assertTrue(summary.group());
    assertEquals(ChatSummary.GroupReason.MORE_THAN_TWO_AUTHORS, summary.groupReason());
    assertEquals(3, summary.groupReasonLine());
  }

  @Test
  void undecidableOrderIsGuessedFromTheClock() {
    ChatRecorder read = ChatRecorder.read("android-en/WhatsApp Chat with Anna.txt");
    assertEquals(DateOrder.MONTH_FIRST, read.summary.dateOrder());
    assertTrue(read.summary.dateOrderGuessed());
    assertEquals(LocalDateTime.of(2025, 1, 2, 9, 0), read.atLine(1).time());
  }

  @Test
  void germanGroupIsRecognisedByItsEvents() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Stammtisch Nord.txt");
    ChatSummary summary = read.summary;
    assertTrue(summary.group());
    assertEquals(ChatSummary.GroupReason.GROUP_EVENT, summary.groupReason());
    assertEquals(1, summary.groupReasonLine());
    assertEquals(
        List.of(
            "1 SYSTEM",
            "2 SYSTEM",
            "3 SYSTEM",
            "4 TEXT",
            "5 TEXT",
            "6 TEXT",
            "7 SYSTEM",
            "8 SYSTEM"),
        read.order);
  }

  @Test
  void phoneNumberAuthorLosesItsDirectionMarksButKeepsItsSpaces() {
    ChatRecorder read = ChatRecorder.read("android-de/WhatsApp Chat mit Stammtisch Nord.txt");
    assertEquals("+49\u00a0151\u00a023456789", read.atLine(6).author());
  }

  @Test
  void nameWithColonIsTheAuthorWhenTheTitleNamesIt() {
    ChatRecorder read =
        ChatRecorder.read(
            "android-de/steuerbuero.txt",
            new ChatSource("steuerbuero.txt", "Steuerbüro: Erika Mustermann"));
    assertEquals(
        Map.of("Steuerbüro: Erika Mustermann", 2, "Max Beispiel", 1),
        read.summary.messagesByAuthor());
  }

  @Test
  void nameWithColonIsCutAtTheColonWhenNothingNamesIt() {
    // A known limit: without the title, "Steuerbüro: Erika Mustermann: …" cannot be told from
    // the author "Steuerbüro" writing "Erika Mustermann: …".
    ChatRecorder read =
        ChatRecorder.read("android-de/steuerbuero.txt", new ChatSource("x.txt", null));
    assertEquals(Map.of("Steuerbüro", 2, "Max Beispiel", 1), read.summary.messagesByAuthor());
  }
}
