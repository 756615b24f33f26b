package de.kontaktcharta.source.meta;

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

/** Facebook's and Instagram's downloads read as the kind {@code meta}. */
class MetaKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture("meta/" + name);
  }

  @Test
  void aThreadsNamesAreRepairedAndItsTwoPeopleWriteToEachOther() {
    ReadCapture r =
        ReadCapture.read(
            fixture(
                "facebook-erikamustermann-2025/your_facebook_activity/messages/inbox"
                    + "/jurgenweiss_1234567890/message_1.json"));
    assertEquals(MetaKind.KIND, r.detection().kind());
    assertTrue(r.balanced());
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertEquals(3, messages.size());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.FACEBOOK && !m.group()));
    assertEquals("Jürgen Weiß", messages.get(0).sender().displayName());
    assertEquals(
        List.of("Erika Mustermann"),
        messages.get(0).recipients().stream().map(PersonRef::displayName).toList());
    assertEquals("Jürgen Weiß", messages.get(1).recipients().get(0).displayName());
  }

  @Test
  void theWholeDownloadGivesTheOwnerGroupsAndCountsTheRestInOneLine() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs().read(List.of(fixture("facebook-erikamustermann-2025")), Map.of(), sink);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    assertEquals(
        List.of("Erika Mustermann"), sink.owners.stream().map(PersonRef::displayName).toList());
    assertTrue(sink.facts(MessageFact.class).stream().anyMatch(MessageFact::group));
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        reading.problems()::toString);
  }

  @Test
  void instagramsThreadsAreInstagramsAndTheDeletedAccountIsOneLine() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs().read(List.of(fixture("instagram-erika.mustermann-2025")), Map.of(), sink);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    List<MessageFact> messages = sink.facts(MessageFact.class);
    assertFalse(messages.isEmpty());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.INSTAGRAM));
    assertFalse(sink.problems("meta-deleted-account").isEmpty(), sink.problems::toString);
  }

  @Test
  void theHtmlDownloadIsOneRowNamedWithWhatToDo() {
    ReadCapture r =
        ReadCapture.read(
            fixture(
                "facebook-erikamustermann-html/your_facebook_activity/messages/inbox"
                    + "/jurgenweiss_1234567890/message_1.html"));
    assertEquals(MetaKind.KIND, r.detection().kind());
    assertEquals(1, r.problems("meta-html-export").size());
    assertEquals(1, r.summary().rowsSkipped());
  }
}
