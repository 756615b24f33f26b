package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatDetectorTest {

  private static Optional<ChatFormat> detect(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ChatDetector.detect(bytes, bytes.length);
  }

  @ParameterizedTest
  @CsvSource({
    "android-de/WhatsApp Chat mit Erika Mustermann.txt, ANDROID",
    "android-de/WhatsApp Chat mit Stammtisch Nord.txt, ANDROID",
    "android-en/WhatsApp Chat with Max Beispiel.txt, ANDROID",
    "android-en/WhatsApp Chat with Family.txt, ANDROID",
    "ios-en-group/_chat.txt, IOS",
    "ios-old/WhatsApp Chat mit Max Beispiel.txt, IOS_OLD",
  })
  void recognisesEveryChatFixtureByContent(String path, ChatFormat expected) throws IOException {
    try (InputStream in = ChatRecorder.fixture(path)) {
      byte[] head = in.readNBytes(ChatDetector.HEAD_BYTES);
      assertEquals(Optional.of(expected), ChatDetector.detect(head, head.length));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\uFEFF\\n05.12.25, 14:03 - Erika: Hallo | ANDROID",
        "\u200E[05.12.25, 14:03:11] Erika: \u200EBild weggelassen | IOS",
        "2019-01-01 12:00 - John Doe: Hello | ANDROID",
        "[12.3.2022 klo 14.08.18] Matias: Moi | IOS",
        "20/6/2017 8:28 p.\u00a0m. - Michelle: test | ANDROID",
      })
  void recognisesTheLayoutsOfManyLocales(String escaped, ChatFormat expected) {
    assertEquals(Optional.of(expected), detect(escaped.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\n\n",
        "Name,Datum\nErika,05.12.25\n",
        "From - Mon Jul 10 14:06:16 2017\nFrom: a@example.org\n",
        "Notizen vom 05.12.25, 14:03 - nichts\n",
        "05.12.25, 14:03 - Erika: Hallo\n[05.12.25, 14:03:11] Erika: Hallo\n",
      })
  void otherTextIsNoChat(String text) {
    assertEquals(Optional.empty(), detect(text));
  }
}
