package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaDetectorTest {

  private static Optional<MetaDetection> detect(String fixture) {
    byte[] all = MetaRecorder.bytes(fixture);
    byte[] head = Arrays.copyOf(all, Math.min(all.length, MetaDetector.HEAD_BYTES));
    return MetaDetector.detect(fixture, head, head.length);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "facebook-erikamustermann-2022/messages/inbox/jurgenweiss_1234567890/message_1.json, THREAD, FACEBOOK",
    "facebook-erikamustermann-2025/your_facebook_activity/messages/inbox/jurgenweiss_1234567890/message_1.json, THREAD, FACEBOOK",
    "facebook-erikamustermann-2024/your_activity_across_facebook/messages/inbox/maxbeispiel_2233445566/message_1.json, THREAD, FACEBOOK",
    "instagram-erika.mustermann-2025/your_instagram_activity/messages/inbox/maxbeispiel_17841400000000000/message_1.json, THREAD, INSTAGRAM",
    "broken/field-order/message_1.json, THREAD, UNKNOWN",
    "messenger-e2ee/Juergen Weiss_1.json, SECURE_STORAGE_THREAD, FACEBOOK",
    "facebook-erikamustermann-2022/profile_information/profile_information.json, PROFILE, FACEBOOK",
    "facebook-erikamustermann-2025/personal_information/profile_information/profile_information.json, PROFILE, FACEBOOK",
    "instagram-erika.mustermann-2025/personal_information/personal_information/personal_information.json, PROFILE, INSTAGRAM",
    "facebook-erikamustermann-html/your_facebook_activity/messages/inbox/jurgenweiss_1234567890/message_1.html, HTML_MESSAGES, FACEBOOK",
    "facebook-erikamustermann-2025/your_facebook_activity/messages/autofill_information.json, OTHER, FACEBOOK",
  })
  void exportFilesAreRecognisedByContent(String fixture, MetaFileKind kind, MetaPlatform platform) {
    MetaDetection d = detect(fixture).orElseThrow();

    assertEquals(kind, d.kind(), d.reason());
    assertEquals(platform, d.platform());
    assertEquals(
        kind == MetaFileKind.THREAD
            || kind == MetaFileKind.SECURE_STORAGE_THREAD
            || kind == MetaFileKind.PROFILE,
        d.readable());
  }

  @Test
  void anHtmlExportIsExplainedWithWhatToDo() {
    MetaDetection html =
        detect(
                "facebook-erikamustermann-html/your_facebook_activity/messages/inbox/jurgenweiss_1234567890/message_1.html")
            .orElseThrow();

    assertTrue(html.reason().contains("request the download again with the format JSON"));
  }

  @Test
  void aHeadCutInsideTheFirstMessageStillShowsAThread() {
    byte[] all =
        MetaRecorder.bytes(
            "facebook-erikamustermann-2022/messages/inbox/jurgenweiss_1234567890/message_1.json");

    assertEquals(
        MetaFileKind.THREAD,
        MetaDetector.detect("x/message_1.json", all, 300).orElseThrow().kind());
  }

  @Test
  void filesOfOtherExportsAreLeftToOtherDetectors() {
    byte[] telegram =
        "{\"name\": \"Max Beispiel\", \"type\": \"personal_chat\", \"id\": 1, \"messages\": []}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] mastodon =
        "{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"orderedItems\": []}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] csv = "Name,Kontakt bestätigt am\n".getBytes(StandardCharsets.UTF_8);

    assertFalse(MetaDetector.detect("result.json", telegram, telegram.length).isPresent());
    assertFalse(MetaDetector.detect("outbox.json", mastodon, mastodon.length).isPresent());
    assertFalse(MetaDetector.detect("contacts.csv", csv, csv.length).isPresent());
    assertFalse(MetaDetector.detect("x.json", new byte[0], 0).isPresent());
    // a folder called messages alone is no Meta export
    assertFalse(
        MetaDetector.detect("backup/messages/result.json", telegram, telegram.length).isPresent());
  }

  @Test
  void anEmptyOrDamagedThreadFileInItsPlaceGoesToTheReaderToBeNamed() {
    byte[] garbage = "\u0000\u0001 not json".getBytes(StandardCharsets.UTF_8);

    assertEquals(
        MetaFileKind.THREAD,
        MetaDetector.detect("fb.zip!messages/inbox/max_1/message_1.json", new byte[0], 0)
            .orElseThrow()
            .kind());
    assertEquals(
        MetaFileKind.THREAD,
        MetaDetector.detect(
                "your_facebook_activity/messages/inbox/max_1/message_2.json",
                garbage,
                garbage.length)
            .orElseThrow()
            .kind());
  }

  @Test
  void theEncryptedDownloadIsToldByItsFieldsWhateverComesFirst() {
    byte[] threadName =
        "{\"threadName\": \"Max\", \"participants\": [".getBytes(StandardCharsets.UTF_8);
    byte[] messagesFirst =
        "{\"messages\": [{\"isUnsent\": false, \"senderName\": \"Max\""
            .getBytes(StandardCharsets.UTF_8);

    assertEquals(
        MetaFileKind.SECURE_STORAGE_THREAD,
        MetaDetector.detect("Max_1.json", threadName, threadName.length).orElseThrow().kind());
    assertEquals(
        MetaFileKind.SECURE_STORAGE_THREAD,
        MetaDetector.detect("Max_1.json", messagesFirst, messagesFirst.length)
            .orElseThrow()
            .kind());
  }

  @Test
  void theLooseThreadFileOfAnHtmlExportIsRecognisedEvenOutsideTheLayout() {
    byte[] html = "<!DOCTYPE html><html><body></body></html>".getBytes(StandardCharsets.UTF_8);

    assertEquals(
        MetaFileKind.HTML_MESSAGES,
        MetaDetector.detect("message_1.html", html, html.length).orElseThrow().kind());
    assertFalse(MetaDetector.detect("index.html", html, html.length).isPresent());
  }

  @Test
  void thePlatformComesFromThePath() {
    assertEquals(
        MetaPlatform.INSTAGRAM,
        MetaDetector.platform("x/your_instagram_activity/messages/inbox/a_1/message_1.json"));
    assertEquals(
        MetaPlatform.FACEBOOK, MetaDetector.platform("facebook-erika-2024-01-01-abc.zip!x.json"));
    assertEquals(MetaPlatform.UNKNOWN, MetaDetector.platform("messages/inbox/a_1/message_1.json"));
  }
}
