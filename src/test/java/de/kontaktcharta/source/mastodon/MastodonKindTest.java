package de.kontaktcharta.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.ReadCapture;
import de.kontaktcharta.testing.RecordingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Mastodon archive read as the kind {@code mastodon}: only what the owner sent. */
class MastodonKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture("mastodon/" + name);
  }

  @Test
  void theActorIsTheOwner() {
    ReadCapture r = ReadCapture.read(fixture("archive/actor.json"));
    assertEquals(MastodonKind.KIND, r.detection().kind());
    assertEquals(List.of("mastodon:@max@social.example"), r.owners.get(0).handles());
    assertTrue(r.balanced());
  }

  @Test
  void directPostsAndRepliesAreMessagesFromTheOwnerToTheAccountsTheyAddress() {
    ReadCapture r = ReadCapture.read(fixture("archive/outbox.json"));
    assertTrue(r.balanced());
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertEquals(r.summary().rowsUsed(), messages.size());
    assertFalse(messages.isEmpty());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.MASTODON));
    assertTrue(
        messages.stream()
            .allMatch(m -> m.sender().handles().equals(List.of("mastodon:@max@social.example"))),
        messages::toString);
    assertTrue(
        messages.stream()
            .flatMap(m -> m.recipients().stream())
            .map(PersonRef::handles)
            .anyMatch(h -> h.equals(List.of("mastodon:@erika@other.example"))),
        messages::toString);
    assertEquals(1, r.problems("mastodon-no-exchange").size());
  }

  @Test
  void likesAndBookmarksComeAlongAndAreCountedInOneLine() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = new Inputs().read(List.of(fixture("archive")), Map.of(), sink);
    assertEquals(2, reading.summaries().size(), reading.summaries()::toString);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    assertTrue(
        reading.problems().stream().anyMatch(p -> p.code().equals("companions-not-read")),
        reading.problems()::toString);
  }
}
