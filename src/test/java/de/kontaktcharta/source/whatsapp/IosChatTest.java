package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** iOS exports: brackets, seconds, U+200E marks, the chat title as author of system lines. */
class IosChatTest {

  private static final String ZIP = "ios-de/WhatsApp Chat - Erika Mustermann.zip";

  /** Shields the archive stream from SequenceInputStream, which closes what it has read. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Walks the archive as the integrator's input layer would and reads the chat entry. */
  private static ChatRecorder readZip(String path) throws IOException {
    ChatRecorder recorder = null;
    try (ZipInputStream zip = new ZipInputStream(ChatRecorder.fixture(path))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (WhatsAppExport.isChatTextEntry(entry.getName())) {
          byte[] head = zip.readNBytes(ChatDetector.HEAD_BYTES);
          if (ChatDetector.detect(head, head.length).isPresent()) {
            ChatRecorder read = new ChatRecorder();
            // The reader never closes its stream; the archive stays open for the next entry.
            InputStream rest =
                new SequenceInputStream(new ByteArrayInputStream(head), new KeepOpen(zip));
            read.summary =
                new ChatReader().read(rest, WhatsAppExport.source(path, entry.getName()), read);
            recorder = read;
          }
        }
      }
    }
    return recorder;
  }

  @Test
  void germanChatInsideTheExportArchiveIsFoundAndTitledByTheArchive() throws IOException {
    ChatRecorder read = readZip(ZIP);
    ChatSummary summary = read.summary;
    assertEquals(ZIP + "!_chat.txt", summary.source().file());
    assertEquals("Erika Mustermann", summary.source().title());
    assertEquals(ChatFormat.IOS, summary.format());
    assertEquals(DateOrder.DAY_FIRST, summary.dateOrder());
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("Erika Mustermann", 4);
    expected.put("Max Beispiel", 3);
    assertEquals(expected, summary.messagesByAuthor());
    assertEquals(2, summary.systemLines());
    assertFalse(summary.group());
  }

  @Test
  void encryptionNoticeInTheTitlesNameIsASystemLine() throws IOException {
    ChatRecorder read = readZip(ZIP);
    assertTrue(read.atLine(1).system());
    assertEquals("", read.atLine(1).author());
    assertTrue(read.atLine(10).system(), "security code changed");
  }

  @Test
  void markedPlaceholdersCallsAndDeletionsAreMessagesOfTheirAuthors() throws IOException {
    ChatRecorder read = readZip(ZIP);
    assertEquals(
        List.of(
            ChatMessage.Kind.MEDIA,
            ChatMessage.Kind.MEDIA,
            ChatMessage.Kind.CALL,
            ChatMessage.Kind.DELETED),
        List.of(
            read.atLine(5).kind(),
            read.atLine(6).kind(),
            read.atLine(7).kind(),
            read.atLine(8).kind()));
    assertEquals("Erika Mustermann", read.atLine(5).author());
    assertEquals("Max Beispiel", read.atLine(6).author());
    assertEquals(ChatMessage.Kind.TEXT, read.atLine(9).kind(), "an edited message");
  }

  @Test
  void secondsAndBareLineFeedsInsideAMessage() throws IOException {
    ChatRecorder read = readZip(ZIP);
    assertEquals(LocalDateTime.of(2025, 12, 5, 14, 3, 40), read.atLine(2).time());
    assertEquals(2, read.atLine(3).lines());
  }

  @Test
  void englishGroupWithColonInItsNameAndTwelveHourClock() {
    ChatRecorder read = ChatRecorder.read("ios-en-group/_chat.txt");
    ChatSummary summary = read.summary;
    assertNull(summary.source().title());
    assertEquals(DateOrder.MONTH_FIRST, summary.dateOrder());
    assertTrue(summary.group());
    assertEquals(ChatSummary.GroupReason.GROUP_EVENT, summary.groupReason());
    assertEquals(2, summary.groupReasonLine());
    assertEquals(
        List.of(
            "Erika Mustermann",
            "+49\u00a0171\u00a01234567",
            "Handwerker (Firma: Beispiel GmbH)",
            "Max Beispiel"),
        List.copyOf(summary.authors()));
    assertEquals(5, summary.systemLines());
    assertEquals(LocalDateTime.of(2025, 12, 14, 9, 30), read.atLine(9).time());
    assertEquals(ChatMessage.Kind.MEDIA, read.atLine(6).kind());
  }

  @Test
  void oldIosLinesWithColonAfterTheTime() {
    ChatRecorder read = ChatRecorder.read("ios-old/WhatsApp Chat mit Max Beispiel.txt");
    ChatSummary summary = read.summary;
    assertEquals(ChatFormat.IOS_OLD, summary.format());
    assertEquals(Map.of("Max Beispiel", 2, "Erika Mustermann", 1), summary.messagesByAuthor());
    assertEquals(LocalDateTime.of(2016, 12, 31, 23, 59, 59), read.atLine(4).time());
    assertEquals(2, read.atLine(2).lines());
  }
}
