package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XTweetsTest {

  @Test
  void aReplyNamesItsTargetAndTheOtherMentionsOnce() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("archive-2023/data/tweets.js");
    assertEquals(3, summary.entries(), "the post without mentions is read, gives nothing");

    XMention reply = r.mentions.get(0);
    assertEquals(XMention.Kind.REPLY, reply.kind());
    assertEquals("222222222", reply.userId());
    assertEquals("erika_m", reply.handle());
    assertEquals("Erika Mustermann", reply.name(), "the name comes from the mention list");
    assertEquals("1667000000000000001", reply.tweetId());
    assertEquals(Instant.parse("2023-06-09T09:30:00Z"), reply.postedAt());
    assertEquals(1, reply.source().line(), "the first post starts on the assignment's line");

    XMention mention = r.mentions.get(1);
    assertEquals(XMention.Kind.MENTION, mention.kind());
    assertEquals("jonasmuster", mention.handle());
    assertEquals(
        2,
        r.mentions.stream().filter(m -> m.tweetId().equals("1667000000000000001")).count(),
        "Erika is named as reply target and in the mention list, but counted once");
  }

  @Test
  void aRetweetNamesItsAuthorAndOnlyIdentifiesTheOthers() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/tweets.js");
    List<XMention> retweet =
        r.mentions.stream().filter(m -> m.tweetId().equals("1500000000000000002")).toList();
    assertEquals(XMention.Kind.RETWEET, retweet.get(0).kind());
    assertEquals("erika_muster", retweet.get(0).handle());
    assertTrue(retweet.get(0).signal());
    assertEquals(XMention.Kind.IN_RETWEET, retweet.get(1).kind());
    assertFalse(retweet.get(1).signal());
    assertEquals(Instant.parse("2022-03-05T08:05:09Z"), retweet.get(0).postedAt());
  }

  @Test
  void aSplitPartAndThe2020FileAreReadTheSameWay() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/tweets-part1.js");
    assertEquals("jonas_alt", r.mentions.get(0).handle());
    assertEquals(Instant.parse("2019-02-27T14:03:00Z"), r.mentions.get(0).postedAt());

    XRecorder old = new XRecorder();
    old.read("archive-2020/tweet.js");
    assertEquals("222222222", old.mentions.get(0).userId());
  }

  @Test
  void theHandleBookKeepsTheNewestHandleAndNameAndRemembersTheOlderOnes() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/tweets-part1.js");
    r.read("archive-2023/data/tweets.js");
    XHandleBook book = new XHandleBook();
    r.mentions.forEach(book::add);

    XHandleBook.Entry erika = book.lookup("222222222").orElseThrow();
    assertEquals("erika_m", erika.handle());
    assertEquals("Erika Mustermann", erika.name());
    assertEquals(List.of("erika_m", "erika_muster"), erika.handles());
    XHandleBook.Entry jonas = book.lookup("44444444").orElseThrow();
    assertEquals("jonasmuster", jonas.handle());
    assertEquals(List.of("jonasmuster", "jonas_alt"), jonas.handles());
    assertTrue(book.lookup("999").isEmpty());
    assertEquals(
        List.of("222222222", "44444444", "666666666"),
        book.entries().stream().map(XHandleBook.Entry::userId).toList());
  }

  @Test
  void the2018FloatStringsAreReadThroughTheirStrTwins() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2018/tweet.js");
    assertEquals(List.of(), r.problems);
    XMention reply = r.mentions.get(0);
    assertEquals(XMention.Kind.REPLY, reply.kind());
    assertEquals("222222222", reply.userId(), "2.22222222E8 is exact");
    assertEquals("1014565372182196300", reply.tweetId(), "id_str, not the rounded id");
    assertEquals("1014565372182196224", r.mentions.get(1).userId());
    assertEquals(Instant.parse("2018-07-04T17:40:12Z"), reply.postedAt());
  }

  @Test
  void anIdThatOnlyExistsAsARoundedFloatIsLeftOutWithAProblem() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.readText(
            "window.YTD.tweet.part0 = [ {\"tweet\": {\"id_str\": \"1014565372182196300\","
                + " \"created_at\": \"Wed Jul 04 17:40:12 +0000 2018\", \"entities\":"
                + " {\"user_mentions\": [{\"screen_name\": \"grosskunde\","
                + " \"id\": \"1.01456537218219622E18\"}]}}} ]",
            "tweet.js");
    assertEquals(List.of("x-bad-id"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("@grosskunde"));
    assertEquals(1, summary.skipped());
    assertTrue(r.mentions.isEmpty());
  }

  @Test
  void anUnreadableDateIsAWarningAndTheMentionsStay() throws IOException {
    XRecorder r = new XRecorder();
    r.readText(
        "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"5\", \"created_at\": \"gestern\","
            + " \"in_reply_to_user_id_str\": \"222222222\", \"in_reply_to_screen_name\":"
            + " \"erika_m\"}} ]",
        "tweets.js");
    assertEquals(List.of("x-bad-date"), r.codes());
    assertFalse(r.problems.get(0).rowSkipped());
    assertNull(r.mentions.get(0).postedAt());
    assertEquals("erika_m", r.mentions.get(0).handle());
  }

  @Test
  void aPostWithoutIdIsLeftOutAndOddEntriesAreProblems() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.readText(
            "window.YTD.tweets.part0 = [ 7, {\"tweet\": [1]}, {\"tweet\": {\"entities\":"
                + " {\"user_mentions\": [{\"screen_name\": \"erika_m\", \"id_str\": \"2\"}, 3],"
                + " \"hashtags\": []}}} ]",
            "tweets.js");
    assertEquals(List.of("x-unexpected-content", "x-bad-id"), r.codes());
    assertEquals(3, summary.entries());
    assertEquals(2, summary.skipped());
  }
}
