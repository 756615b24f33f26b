package de.kontaktcharta.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MastodonOutboxTest {

  private static final MastodonAccount ERIKA =
      new MastodonAccount("https://other.example/users/erika", "@erika@other.example");

  @Test
  void onlyDirectPostsAndRepliesToOthersAreEvidence() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary = r.read("archive/outbox.json");
    assertEquals(
        new MastodonFileSummary("archive/outbox.json", MastodonFileKind.OUTBOX, 11, 4, 6, 1, true),
        summary);
    assertEquals(List.of(3, 4, 8, 9), r.posts.stream().map(MastodonPost::item).toList());
  }

  @Test
  void aDirectPostNamesItsAddresseeWithTheHandleFromTheMention() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    r.read("archive/outbox.json");
    MastodonPost direct = r.posts.get(0);
    assertEquals(MastodonPost.Kind.DIRECT, direct.kind());
    assertEquals(List.of(ERIKA), direct.addressed());
    assertEquals(Instant.parse("2023-03-05T17:48:17Z"), direct.published());
    assertEquals(
        "https://social.example/users/max/statuses/110000000000000003", direct.statusUri());
    assertEquals(
        "tag:social.example,2023-03-05:objectId=1003:objectType=Conversation",
        direct.conversation());
    assertEquals("", direct.inReplyTo());
  }

  @Test
  void aPublicReplyNamesTheAuthorOfTheAnsweredPost() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    r.read("archive/outbox.json");
    MastodonPost reply = r.posts.get(1);
    assertEquals(MastodonPost.Kind.REPLY, reply.kind());
    assertEquals(List.of(ERIKA), reply.addressed());
    assertEquals(
        "https://other.example/users/erika/statuses/109999999999999999", reply.inReplyTo());
  }

  @Test
  void localMentionsGetTheServerAndUnmentionedAddresseesTheirUrisForm() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    r.read("archive/outbox.json");
    assertEquals(
        List.of(
            new MastodonAccount("https://social.example/users/jonas", "@jonas@social.example"),
            new MastodonAccount("https://gts.example/users/lena", "@lena@gts.example")),
        r.posts.get(2).addressed());
  }

  @Test
  void aReplyToOtherSoftwareNamesTheMentionedAuthor() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    r.read("archive/outbox.json");
    MastodonPost reply = r.posts.get(3);
    assertEquals(MastodonPost.Kind.REPLY, reply.kind());
    assertEquals(
        List.of(
            new MastodonAccount(
                "https://misskey.example/users/9abcdefghi", "@kai@misskey.example")),
        reply.addressed());
  }

  @Test
  void aReplyWhoseAuthorNobodyNamesIsListedNotLost() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    r.read("archive/outbox.json");
    assertEquals(List.of("mastodon-reply-target-unknown"), r.codes());
    Problem problem = r.problems.get(0);
    assertTrue(problem.rowSkipped());
    assertTrue(
        English.text(problem.message())
            .startsWith("item 10 replies to https://pleroma.example/objects/"));
    assertEquals(Severity.INFO, problem.severity());
  }

  @Test
  void aMinifiedOutboxCountsItemsAndAcceptsSingleValuesForLists() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary = r.read("archive-minified/outbox.json");
    assertEquals(3, summary.items());
    MastodonPost direct = r.posts.get(0);
    assertEquals(MastodonPost.Kind.DIRECT, direct.kind(), "a direct reply stays direct");
    assertEquals(List.of(ERIKA), direct.addressed());
    assertEquals(2, direct.item());
    assertEquals(1, direct.source().line(), "the whole outbox is one line");
    assertEquals(List.of(), r.problems);
  }

  @Test
  void wrongTypesAndUnknownFieldsGiveProblemsNotExceptions() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary =
        r.read(
            MastodonFileKind.OUTBOX,
            MastodonRecorder.bytes("bad/outbox-wrong-types.json"),
            "outbox.json");
    assertEquals(
        List.of("mastodon-unexpected-content", "mastodon-bad-date", "mastodon-no-object"),
        r.codes());
    assertTrue(English.text(r.problems.get(1).message()).contains("\"gestern\""));
    assertEquals(7, r.problems.get(0).source().line());
    assertEquals(List.of(4, 5), r.posts.stream().map(MastodonPost::item).toList());
    assertEquals(List.of(ERIKA), r.posts.get(0).addressed(), "links as objects, a number dropped");
    assertEquals(Instant.parse("2024-05-16T08:00:00Z"), r.posts.get(0).published());
    assertEquals(3, summary.skipped());
    assertTrue(summary.complete());
  }

  @Test
  void aTruncatedOutboxKeepsTheItemsBeforeTheBreak() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary =
        r.read(
            MastodonFileKind.OUTBOX,
            MastodonRecorder.bytes("bad/outbox-truncated.json"),
            "outbox.json");
    assertEquals(1, r.posts.size());
    assertFalse(summary.complete());
    assertEquals(List.of("mastodon-damaged-file"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("after item 2"));
    assertEquals(Severity.ERROR, r.problems.get(0).severity());
  }

  @Test
  void anEmptyFileAnArrayAndAnOutboxWithoutItemsAreProblemsOfTheFile() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    assertFalse(r.read(MastodonFileKind.OUTBOX, new byte[0], "outbox.json").complete());
    assertFalse(
        r.read(MastodonFileKind.OUTBOX, MastodonRecorder.bytes("bad/outbox-array.json"), "o.json")
            .complete());
    assertTrue(
        r.read(
                MastodonFileKind.OUTBOX,
                MastodonRecorder.bytes("bad/outbox-no-items.json"),
                "o.json")
            .complete());
    assertEquals(
        List.of("mastodon-unexpected-content", "mastodon-unexpected-content", "mastodon-no-items"),
        r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("the file is empty"));
  }
}
