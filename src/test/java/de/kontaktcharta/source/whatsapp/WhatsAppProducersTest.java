package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WhatsApp exports from Android and iPhone (see {@code producers/README.md}). */
class WhatsAppProducersTest {

  private static ChatRecorder read(String name) throws IOException {
    ChatRecorder recorder = new ChatRecorder();
    try (InputStream in = Files.newInputStream(Producers.file("whatsapp/" + name))) {
      recorder.summary = new ChatReader().read(in, ChatSource.of(name), recorder);
    }
    return recorder;
  }

  @Test
  void androidGermanCountsTheMessagesOfEachAuthor() throws IOException {
    ChatSummary chat = read("WhatsApp Chat mit Erika Mustermann.txt").summary;

    assertEquals(Map.of("Erika Mustermann", 3, "Katrin Albers", 1), chat.messagesByAuthor());
    assertEquals("Erika Mustermann", chat.source().title());
  }

  @Test
  void iphoneGermanWithDirectionMarksAndAWrappedNumber() throws IOException {
    ChatSummary chat = read("_chat.txt").summary;

    assertEquals(ChatFormat.IOS, chat.format());
    assertEquals(
        Map.of("Max Beispiel", 1, "Katrin Albers", 1, "+49\u00a0151\u00a023456789", 1),
        chat.messagesByAuthor());
  }

  @Test
  void androidEnglishWithTwelveHourTimes() throws IOException {
    ChatSummary chat = read("WhatsApp Chat with Jessica Moore.txt").summary;

    assertEquals(Map.of("Jessica Moore", 1, "Katrin Albers", 1), chat.messagesByAuthor());
    assertEquals(LocalDate.of(2025, 12, 5), chat.first().toLocalDate());
  }
}
