package de.kontaktcharta.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MastodonActorTest {

  @Test
  void theProfileNamesTheOwnerWithAHandleFromUsernameAndServer() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary = r.read("archive/actor.json");
    MastodonOwner owner = r.owners.get(0);
    assertEquals("https://social.example/users/max", owner.uri());
    assertEquals("max", owner.username());
    assertEquals("@max@social.example", owner.handle());
    assertEquals("Max Beispiel", owner.displayName());
    assertEquals("https://social.example/@max", owner.profileUrl());
    assertEquals(1, summary.used());
    assertEquals(List.of(), r.problems);
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsSkipped() throws IOException {
    byte[] actor = MastodonRecorder.bytes("archive/actor.json");
    byte[] marked = new byte[actor.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(actor, 0, marked, 3, actor.length);
    assertEquals(
        java.util.Optional.of(MastodonFileKind.ACTOR), MastodonDetector.detect("a.json", marked));
    MastodonRecorder r = new MastodonRecorder();
    r.read(MastodonFileKind.ACTOR, marked, "actor.json");
    assertEquals("@max@social.example", r.owners.get(0).handle());
  }

  @Test
  void aProfileWithoutUsernameLeavesTheOwnerUnknown() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary summary =
        r.read(
            MastodonFileKind.ACTOR,
            MastodonRecorder.bytes("bad/actor-no-username.json"),
            "actor.json");
    assertTrue(r.owners.isEmpty());
    assertEquals(List.of("mastodon-no-owner"), r.codes());
    assertEquals(1, summary.skipped());
  }

  @Test
  void likesAndBookmarksAreUnderstoodButNotRead() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    MastodonFileSummary likes = r.read("archive/likes.json");
    assertEquals(MastodonFileKind.LIKES, likes.kind());
    assertEquals(0, likes.items());
    assertTrue(r.problems.isEmpty());
  }

  @Test
  void handlesComeFromMentionsOrKnownUriForms() {
    assertEquals(
        "@erika@other.example",
        Handles.handle("https://other.example/users/erika", "@erika@other.example"));
    assertEquals(
        "@erika@other.example",
        Handles.handle("https://other.example/users/erika", "erika@other.example"));
    assertEquals(
        "@jonas@social.example", Handles.handle("https://social.example/users/jonas", "@jonas"));
    assertEquals("@kim@pixel.example", Handles.fromUri("https://pixel.example/@kim"));
    assertEquals("@sam@lemmy.example", Handles.fromUri("https://lemmy.example/u/sam"));
    assertEquals("", Handles.fromUri("https://misskey.example/notes/9xyz"));
    assertEquals("", Handles.fromUri("not a uri"));
    assertEquals(
        "https://other.example/users/erika",
        Handles.authorOf("https://other.example/users/erika/statuses/1"));
    assertEquals(null, Handles.authorOf("https://pleroma.example/objects/1"));
  }
}
