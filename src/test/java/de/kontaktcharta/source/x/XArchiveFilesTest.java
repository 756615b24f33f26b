package de.kontaktcharta.source.x;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.testing.English;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XArchiveFilesTest {

  private static final List<String> ARCHIVE_2023 =
      List.of(
          "manifest.js",
          "account.js",
          "direct-messages.js",
          "direct-messages-group.js",
          "direct-message-headers.js",
          "tweets.js",
          "tweets-part1.js",
          "follower.js",
          "following.js",
          "like.js");

  @Test
  void theAccountNamesTheOwner() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("archive-2023/data/account.js");
    XAccount owner = r.accounts.get(0);
    assertEquals("3333333333", owner.accountId());
    assertEquals("@maxbeispiel", owner.handle());
    assertEquals("Max Beispiel", owner.displayName());
    assertEquals("max.beispiel@example.com", owner.email());
    assertEquals(Instant.parse("2012-04-17T08:15:02.103Z"), owner.createdAt());
    assertEquals(1, summary.used());
  }

  @Test
  void aByteOrderMarkBeforeTheAssignmentIsSkipped() throws IOException {
    XRecorder r = new XRecorder();
    r.readText(
        "\uFEFF" + new String(XRecorder.bytes("archive-2023/data/account.js"), UTF_8), "a.js");
    assertEquals("3333333333", r.accounts.get(0).accountId());
    assertEquals(3, r.accounts.get(0).source().line());
  }

  @Test
  void followersAndFollowingAreRelationsWithoutDatesNotMessages() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/follower.js");
    r.read("archive-2023/data/following.js");
    assertEquals(3, r.follows.size());
    assertTrue(r.messages.isEmpty());
    assertEquals(XFollow.Direction.FOLLOWS_OWNER, r.follows.get(0).direction());
    assertEquals(XFollow.Direction.FOLLOWED_BY_OWNER, r.follows.get(2).direction());
    assertEquals("222222222", r.follows.get(2).accountId());
    assertEquals(new SourceRef("archive-2023/data/follower.js", 8), r.follows.get(1).source());
  }

  @Test
  void theManifestListsOwnerDateAndEveryPart() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/manifest.js");
    XManifest manifest = r.manifests.get(0);
    assertEquals("3333333333", manifest.owner().accountId());
    assertEquals("maxbeispiel", manifest.owner().username());
    assertEquals(Instant.parse("2023-08-20T06:41:12.118Z"), manifest.generatedAt());
    List<XManifestFile> tweets = manifest.filesOf("tweets");
    assertEquals(
        List.of("data/tweets.js", "data/tweets-part1.js"),
        tweets.stream().map(XManifestFile::fileName).toList());
    assertEquals(1, tweets.get(1).count());
    assertEquals(List.of(), r.problems);
  }

  @Test
  void aCompleteArchiveHasNoArchiveProblems() throws IOException {
    Archive a = readArchive(ARCHIVE_2023);
    assertEquals(List.of(), a.recorder.problems);
    assertEquals(List.of(), XArchiveCheck.check("x.zip", a.manifest(), a.owner(), a.summaries));
  }

  @Test
  void aMissingPartAndADifferingCountAreNamed() throws IOException {
    List<String> files = new ArrayList<>(ARCHIVE_2023);
    files.remove("tweets-part1.js");
    Archive a = readArchive(files);
    List<XFileSummary> summaries = new ArrayList<>(a.summaries);
    summaries.replaceAll(
        s ->
            s.kind() == XFileKind.FOLLOWERS
                ? new XFileSummary(s.file(), s.kind(), 1, 1, 0, true)
                : s);
    List<Problem> problems = XArchiveCheck.check("x.zip", a.manifest(), a.owner(), summaries);
    assertEquals(
        List.of("x-count-differs", "x-missing-part"),
        problems.stream().map(Problem::code).toList());
    assertTrue(English.text(problems.get(0).message()).contains("counts 2 entries"));
    assertTrue(English.text(problems.get(1).message()).contains("data/tweets-part1.js"));
  }

  @Test
  void anArchiveWithoutMessageFilesOrOwnerSaysSo() {
    XFileSummary tweets = new XFileSummary("x.zip!data/tweets.js", XFileKind.TWEETS, 3, 4, 0, true);
    List<Problem> problems = XArchiveCheck.check("x.zip", null, null, List.of(tweets));
    assertEquals(
        List.of("x-no-direct-messages", "x-no-owner"),
        problems.stream().map(Problem::code).toList());
    assertTrue(
        English.text(problems.get(0).message()).startsWith("no direct messages in this archive"));
    assertEquals(SourceRef.wholeFile("x.zip"), problems.get(0).source());
  }

  @Test
  void aPartialArchiveIsFlagged() throws IOException {
    XRecorder r = new XRecorder();
    r.readText(
        "window.__THAR_CONFIG = {\n \"archiveInfo\" : {\n  \"isPartialArchive\" : true\n },\n"
            + " \"dataTypes\" : { \"x\" : 5, \"tweets\" : { \"files\" : [ 3, {\"count\" : \"1\"},"
            + " {\"fileName\" : \"data/tweets.js\", \"count\" : \"viele\"} ] } } }",
        "manifest.js");
    assertEquals(List.of("x-partial-archive"), r.codes());
    assertEquals(3, r.problems.get(0).source().line());
    XManifest manifest = r.manifests.get(0);
    assertNull(manifest.owner());
    assertEquals(List.of(new XManifestFile("tweets", "data/tweets.js", "", -1)), manifest.files());
  }

  @Test
  void theOldTweetArchiveIsExplainedAndOtherDataIsNotRead() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary old = r.read("old-tweet-archive/data/js/tweets/2015_01.js");
    assertEquals(List.of("x-old-tweet-archive"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("no direct messages"));
    assertEquals(0, old.entries());
    XFileSummary likes = r.read("archive-2023/data/like.js");
    assertEquals(XFileKind.NOT_USED, likes.kind());
    assertEquals(1, r.problems.size());
  }

  @Test
  void anAccountEntryWithoutIdIsLeftOut() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.readText(
            "window.YTD.account.part0 = [ \"x\", {\"account\": {\"username\": \"max\","
                + " \"accountId\": \"1.0E30\"}} ]",
            "account.js");
    assertEquals(List.of("x-unexpected-content", "x-no-account-id"), r.codes());
    assertEquals(2, summary.skipped());
    assertTrue(r.accounts.isEmpty());
  }

  @Test
  void aFollowEntryWithoutIdIsLeftOut() throws IOException {
    XRecorder r = new XRecorder();
    r.readText(
        "window.YTD.follower.part0 = [ {\"follower\": {\"userLink\": \"https://x\"}}, 4 ]",
        "follower.js");
    assertEquals(List.of("x-no-account-id", "x-no-account-id"), r.codes());
  }

  private record Archive(XRecorder recorder, List<XFileSummary> summaries) {
    XManifest manifest() {
      return recorder.manifests.isEmpty() ? null : recorder.manifests.get(0);
    }

    XAccount owner() {
      return recorder.accounts.isEmpty() ? null : recorder.accounts.get(0);
    }
  }

  /** Reads the 2023 archive's files as the input layer will name them: inside the ZIP. */
  private static Archive readArchive(List<String> names) throws IOException {
    XRecorder r = new XRecorder();
    List<XFileSummary> summaries = new ArrayList<>();
    for (String name : names) {
      XFileSummary s = r.read("archive-2023/data/" + name);
      summaries.add(
          new XFileSummary(
              "twitter-2023.zip!data/" + name,
              s.kind(),
              s.entries(),
              s.used(),
              s.skipped(),
              s.complete()));
    }
    return new Archive(r, summaries);
  }
}
