package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatTitleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WhatsApp Chat mit Erika Mustermann.txt | Erika Mustermann",
        "WhatsApp-Chat mit Erika Mustermann.txt | Erika Mustermann",
        "Downloads/WhatsApp Chat with Max Beispiel.txt | Max Beispiel",
        "WhatsApp Chat - Erika Mustermann.zip | Erika Mustermann",
        "WhatsApp Chat - Erika Mustermann (1).zip | Erika Mustermann",
        "C:\\Users\\max\\WhatsApp Chat mit Stammtisch Nord.zip | Stammtisch Nord",
        "export.zip!WhatsApp Chat mit +49 171 1234567.txt | +49 171 1234567",
        "Conversa do WhatsApp com Maria.txt | Maria",
        "Chat de WhatsApp con Juan.txt | Juan",
        "Discussion WhatsApp avec Claire.txt | Claire",
        "WhatsApp-chat met Joost.txt | Joost",
        "\u200eWhatsApp Chat - Erika.zip | Erika",
      })
  void titleComesFromTheExportsFileName(String fileName, String title) {
    assertEquals(title, ChatTitle.fromFileName(fileName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"_chat.txt", "chat.txt", "WhatsApp Chat.txt", "Notizen.txt"})
  void otherNamesCarryNoTitle(String fileName) {
    assertNull(ChatTitle.fromFileName(fileName));
  }

  @org.junit.jupiter.api.Test
  void noNameNoTitle() {
    assertNull(ChatTitle.fromFileName(null));
    assertNull(ChatSource.of("_chat.txt").title());
  }
}
