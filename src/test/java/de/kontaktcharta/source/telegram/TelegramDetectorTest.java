package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelegramDetectorTest {

  private static Optional<TelegramFileKind> detect(String head) {
    return TelegramDetector.detect(head.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "full/result.json, FULL_EXPORT",
    "old-2020/result.json, FULL_EXPORT",
    "single/result.json, SINGLE_CHAT",
    "html/messages.html, HTML_EXPORT"
  })
  void theOpeningSaysWhichExportItIs(String fixture, TelegramFileKind kind) {
    byte[] all = TelegramRecorder.bytes(fixture);
    assertEquals(
        Optional.of(kind), TelegramDetector.detect(Arrays.copyOf(all, Math.min(all.length, 2048))));
  }

  @Test
  void aFullExportWithoutPersonalInformationIsStillOne() {
    assertEquals(
        Optional.of(TelegramFileKind.FULL_EXPORT),
        detect("{\n \"about\": \"Here is the data you requested.\",\n \"chats\": {"));
    assertEquals(
        Optional.of(TelegramFileKind.FULL_EXPORT),
        detect("\uFEFF{\n \"about\": \"Hier sind die Daten. Telegram ist werbefrei"));
  }

  @Test
  void savedMessagesExportedAloneHaveNoName() {
    assertEquals(
        Optional.of(TelegramFileKind.SINGLE_CHAT),
        detect("{\n \"type\": \"saved_messages\",\n \"id\": 111111111,\n \"messages\": ["));
  }

  @Test
  void theOverviewPageOfAnHtmlExportIsRecognisedToo() {
    assertEquals(
        Optional.of(TelegramFileKind.HTML_EXPORT),
        detect(
            "<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n"
                + "<title>Exported Data</title>\n"));
    assertEquals(
        Optional.of(TelegramFileKind.HTML_EXPORT),
        detect("\uFEFF  <HTML><body><div class=\"page_wrap\"><div class=\"page_header\">"),
        "a byte order mark, spaces and upper case before the page's markup");
  }

  @ParameterizedTest
  @CsvSource({
    "DataExport_2025-06-10/photos/photo_1@08-06-2025_13-00-00.jpg, true",
    "ChatExport_2025-06-10\\voice_messages\\audio_1.ogg, true",
    "DataExport_2025-06-10/css/style.css, true",
    "DataExport_2025-06-10/chats/chat_001/stickers/sticker.webp, true",
    "DataExport_2025-06-10/result.json, false",
    "DataExport_2025-06-10/chats/chat_001/messages.html, false"
  })
  void mediaAndTheHtmlFurnitureNeedNoMention(String path, boolean media) {
    assertEquals(media, TelegramDetector.media(path));
  }

  @Test
  void otherJsonAndHtmlAreNoTelegramExport() {
    assertTrue(detect("{\"about\": \"me\", \"name\": \"x\"}").isEmpty());
    assertTrue(detect("{\"name\": \"x\", \"type\": \"group\", \"messages\": []}").isEmpty());
    assertTrue(detect("{\"participants\": [], \"messages\": []}").isEmpty());
    assertTrue(detect("<!DOCTYPE html><html><title>Chat</title>").isEmpty());
    assertTrue(detect("").isEmpty());
  }

  @Test
  void aFullExportTrimmedOfItsAboutLineIsStillOne() {
    String trimmed = "{\n \"personal_information\": {\"user_id\": 1},\n \"chats\": {\"list\": []}}";
    assertEquals(
        Optional.of(TelegramFileKind.FULL_EXPORT),
        TelegramDetector.detect(trimmed.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.empty(),
        TelegramDetector.detect(
            "{\"personal_information\": {\"name\": \"x\"}}".getBytes(StandardCharsets.UTF_8)),
        "one such key alone is any JSON");
  }
}
