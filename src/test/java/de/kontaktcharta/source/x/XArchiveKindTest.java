package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.ReadCapture;
import de.kontaktcharta.testing.RecordingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The files of an X archive read as the kind {@code x-archive}: owner, messages, links, follows.
 */
class XArchiveKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture("x/" + name);
  }

  @Test
  void directMessagesAreMessagesBetweenAccountNumbers() {
    ReadCapture r = ReadCapture.read(fixture("archive-2023/data/direct-messages.js"));
    assertEquals(XArchiveKind.KIND, r.detection().kind());
    assertTrue(r.balanced());
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertEquals(5, messages.size());
    assertEquals(r.summary().rowsUsed(), messages.size());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.X && m.text().isEmpty()));
    MessageFact fromErika =
        messages.stream()
            .filter(m -> m.sender().handles().equals(List.of("x:id:222222222")))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(List.of("x:id:3333333333")),
        fromErika.recipients().stream().map(PersonRef::handles).toList());
    assertFalse(fromErika.group());
  }

  @Test
  void theAccountIsTheOwnerWithNumberHandleAndAddress() {
    ReadCapture r = ReadCapture.read(fixture("archive-2023/data/account.js"));
    PersonRef owner = r.owners.get(0);
    assertEquals(List.of("x:id:3333333333", "x:@maxbeispiel"), owner.handles());
    assertEquals(List.of("max.beispiel@example.com"), owner.emails());
    assertEquals("Max Beispiel", owner.displayName());
    assertEquals(1, r.summary().rowsUsed());
  }

  @Test
  void thePostsLinkAccountNumbersToHandlesAndNames() {
    ReadCapture r = ReadCapture.read(fixture("archive-2023/data/tweets.js"));
    assertTrue(r.balanced());
    PersonRef erika =
        r.aliases.stream()
            .filter(p -> p.handles().contains("x:id:222222222"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.aliases.toString()));
    assertTrue(erika.handles().contains("x:@erika_m"), erika::toString);
    assertFalse(erika.displayName().isEmpty(), erika::toString);
    assertTrue(r.facts.isEmpty(), "posts are no messages");
  }

  @Test
  void followersAreOneLineAndNoExchange() {
    ReadCapture r = ReadCapture.read(fixture("archive-2023/data/follower.js"));
    assertEquals(2, r.summary().rowsRead());
    assertEquals(2, r.summary().rowsSkipped());
    List<Problem> line = r.problems("x-following");
    assertEquals(1, line.size());
    assertEquals(2, line.get(0).rows());
  }

  @Test
  void theArchivesOtherDataFilesAreCountedNotListed() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = new Inputs().read(List.of(fixture("archive-2023")), Map.of(), sink);
    assertTrue(
        reading.summaries().stream().allMatch(s -> s.kind().equals(XArchiveKind.KIND)),
        reading.summaries()::toString);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        reading.problems()::toString);
    assertTrue(
        reading.problems().stream().anyMatch(p -> p.code().equals("companions-not-read")),
        reading.problems()::toString);
  }

  @Test
  void theLayoutOf2020AtTheArchivesRootIsReadToo() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = new Inputs().read(List.of(fixture("archive-2020")), Map.of(), sink);
    assertFalse(sink.facts(MessageFact.class).isEmpty(), reading.problems()::toString);
    assertEquals(1, sink.owners.size());
  }

  @Test
  void theTweetArchiveBefore2019IsNamedAsOneRowNotUsed() {
    ReadCapture r = ReadCapture.read(fixture("old-tweet-archive/data/js/tweets/2015_01.js"));
    assertEquals(XArchiveKind.KIND, r.detection().kind());
    assertEquals(1, r.problems("x-old-tweet-archive").size(), r.problems::toString);
    assertTrue(r.balanced());
  }
}
