package de.kontaktcharta.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MastodonDetectorTest {

  private static Optional<MastodonFileKind> detect(String name, String head) {
    return MastodonDetector.detect(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "archive/outbox.json, OUTBOX",
    "archive-minified/outbox.json, OUTBOX",
    "archive/actor.json, ACTOR",
    "archive/likes.json, LIKES",
    "archive/bookmarks.json, BOOKMARKS"
  })
  void theCollectionIdOrTheProfileTypeSaysWhatIsInside(String fixture, MastodonFileKind kind) {
    byte[] head = MastodonRecorder.bytes(fixture);
    assertEquals(
        Optional.of(kind),
        MastodonDetector.detect("whatever.json", Arrays.copyOf(head, Math.min(head.length, 4096))));
  }

  @Test
  void anOutboxWithAnotherIdIsRecognisedByItsActivities() {
    assertEquals(
        Optional.of(MastodonFileKind.OUTBOX),
        detect(
            "export.json",
            "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"OrderedCollection\","
                + "\"orderedItems\":[{\"type\":\"Create\""));
  }

  @Test
  void aProfileWhoseTypeLiesBeyondTheHeadIsKnownByItsName() {
    String head = "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"toot\":\"";
    assertEquals(Optional.of(MastodonFileKind.ACTOR), detect("archive.zip!actor.json", head));
    assertEquals(Optional.of(MastodonFileKind.ACTOR), detect("actor.json", head));
    assertTrue(detect("profile.json", head).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "media_attachments/files/110/000/000/original/abc.jpeg, true",
    "archive\\media_attachments\\files\\x.png, true",
    "avatar.png, true",
    "header.jpeg, true",
    "outbox.json, false",
    "photos/avatar.png, false"
  })
  void mediaAndProfileImagesNeedNoMention(String path, boolean media) {
    assertEquals(media, MastodonDetector.media(path));
  }

  @Test
  void otherJsonIsNoMastodonFile() {
    assertTrue(detect("outbox.json", "[{\"type\":\"Create\"}]").isEmpty());
    assertTrue(detect("result.json", "{\"about\": \"Telegram\", \"chats\": {}}").isEmpty());
    assertTrue(
        detect(
                "note.json",
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Note\"}")
            .isEmpty());
    assertTrue(detect("x.json", "").isEmpty());
  }
}
