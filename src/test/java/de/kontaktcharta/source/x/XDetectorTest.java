package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XDetectorTest {

  private static Optional<XFileType> detect(String head) {
    return XDetector.detect(head.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "archive-2023/data/account.js, ACCOUNT, YTD.account.part0",
    "archive-2023/data/direct-messages.js, DIRECT_MESSAGES, YTD.direct_messages.part0",
    "archive-2023/data/direct-messages-group.js, GROUP_DIRECT_MESSAGES,"
        + " YTD.direct_messages_group.part0",
    "archive-2023/data/direct-message-headers.js, DIRECT_MESSAGE_HEADERS,"
        + " YTD.direct_message_headers.part0",
    "archive-2023/data/tweets.js, TWEETS, YTD.tweets.part0",
    "archive-2023/data/follower.js, FOLLOWERS, YTD.follower.part0",
    "archive-2023/data/following.js, FOLLOWING, YTD.following.part0",
    "archive-2023/data/like.js, NOT_USED, YTD.like.part0",
    "archive-2023/data/manifest.js, MANIFEST, __THAR_CONFIG",
    "archive-2020/direct-message.js, DIRECT_MESSAGES, YTD.direct_message.part0",
    "archive-2020/direct-message-group.js, GROUP_DIRECT_MESSAGES, YTD.direct_message_group.part0",
    "archive-2020/tweet.js, TWEETS, YTD.tweet.part0",
    "old-tweet-archive/data/js/tweets/2015_01.js, OLD_TWEET_ARCHIVE,"
        + " Grailbird.data.tweets_2015_01"
  })
  void theGlobalNameNotTheFileNameSaysWhatIsInside(String fixture, XFileKind kind, String global) {
    byte[] head = Arrays.copyOf(XRecorder.bytes(fixture), 200);
    XFileType type = XDetector.detect(head).orElseThrow();
    assertEquals(kind, type.kind());
    assertEquals(global, type.globalName());
  }

  @Test
  void aSplitPartCarriesItsNumber() {
    XFileType type = XDetector.detect(XRecorder.bytes("archive-2023/data/tweets-part1.js")).get();
    assertEquals(XFileKind.TWEETS, type.kind());
    assertEquals(1, type.part());
  }

  @Test
  void deletedPostsAreOwnPostsToo() {
    assertEquals(
        XFileKind.TWEETS, detect("window.YTD.deleted_tweets.part0 = [ ]").orElseThrow().kind());
  }

  @Test
  void byteOrderMarkAndBlankLinesBeforeTheAssignmentAreAllowed() {
    assertEquals(
        XFileKind.FOLLOWING,
        detect("\uFEFF\n  window.YTD.following.part0 = [").orElseThrow().kind());
  }

  @Test
  void aHeadCutInsideACharacterIsStillRecognised() {
    byte[] bytes = "window.YTD.account.part0 = [ {\"a\" : \"ü".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    assertEquals(XFileKind.ACCOUNT, XDetector.detect(cut).orElseThrow().kind());
  }

  @Test
  void otherScriptsAndJsonAreNoArchiveFiles() {
    assertTrue(detect("// a script\nfunction f() {}").isEmpty());
    assertTrue(detect("[{\"dmConversation\": {}}]").isEmpty());
    assertTrue(detect("").isEmpty());
    assertTrue(detect("var window.YTD.account.part0 = [").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "Your archive.html, true",
    "assets/js/ondemand.App.d6158766bd65961af9f5.js, true",
    "data/README.txt, true",
    "data/tweets_media/1667000000000000001-AbCdEf.jpg, true",
    "direct_message_media/1189444367146082310-G3HVoVfc.jpg, true",
    "data\\direct_messages_group_media\\x.png, true",
    "data/direct-messages.js, false",
    "tweet.js, false",
    "data/manifest.js, false"
  })
  void theViewerReadmeAndMediaNeedNoMention(String path, boolean furniture) {
    assertEquals(furniture, XDetector.viewerOrMedia(path));
  }

  @Test
  void groupKindsAreGroupsAndHeadersListMessages() {
    assertTrue(XFileKind.GROUP_DIRECT_MESSAGE_HEADERS.group());
    assertTrue(XFileKind.DIRECT_MESSAGE_HEADERS.directMessages());
    assertTrue(!XFileKind.DIRECT_MESSAGES.group());
    assertTrue(!XFileKind.TWEETS.directMessages());
  }
}
