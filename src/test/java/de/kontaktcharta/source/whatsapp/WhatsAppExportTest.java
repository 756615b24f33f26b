package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatsAppExportTest {

  private static final String ZIP = "android-de/WhatsApp Chat mit Max Beispiel.zip";

  @ParameterizedTest
  @CsvSource({
    "_chat.txt, true",
    "WhatsApp Chat mit Max Beispiel.txt, true",
    "Chat/WhatsApp Chat mit Max Beispiel.TXT, true",
    "IMG-20251205-WA0001.jpg, false",
    "PTT-20251205-WA0002.opus, false",
    "__MACOSX/._chat.txt, false",
    "export/__MACOSX/x.txt, false",
    "._chat.txt, false",
  })
  void onlyTextEntriesMayBeTheChat(String entry, boolean chat) {
    assertEquals(chat, WhatsAppExport.isChatTextEntry(entry));
  }

  @Test
  void androidArchiveHoldsOneChatBesideMediaAndAnAttachedTextFile() throws IOException {
    List<ChatSummary> chats = new ArrayList<>();
    List<String> passedOver = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(ChatRecorder.fixture(ZIP))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!WhatsAppExport.isChatTextEntry(entry.getName())) {
          passedOver.add(entry.getName());
          continue;
        }
        byte[] bytes = zip.readAllBytes();
        if (ChatDetector.detect(bytes, bytes.length).isEmpty()) {
          passedOver.add(entry.getName());
          continue;
        }
        ChatRecorder read = new ChatRecorder();
        chats.add(
            new ChatReader()
                .read(
                    new ByteArrayInputStream(bytes),
                    WhatsAppExport.source(ZIP, entry.getName()),
                    read));
      }
    }
    assertEquals(
        List.of("IMG-20251205-WA0001.jpg", "PTT-20251205-WA0002.opus", "Notizen.txt"), passedOver);
    assertEquals(1, chats.size());
    ChatSummary chat = chats.get(0);
    assertEquals("Max Beispiel", chat.source().title());
    assertEquals(ZIP + "!WhatsApp Chat mit Max Beispiel.txt", chat.source().file());
    assertEquals(Map.of("Max Beispiel", 2, "Erika Mustermann", 2), chat.messagesByAuthor());
    assertFalse(chat.group());
    assertTrue(chat.lines() > 0);
  }
}
