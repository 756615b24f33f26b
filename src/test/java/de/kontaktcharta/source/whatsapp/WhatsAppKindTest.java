package de.kontaktcharta.source.whatsapp;

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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chat exports are read as WhatsApp messages, one row per message an author sent. */
class WhatsAppKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture(name);
  }

  @Test
  void anAndroidChatGivesOneFactPerMessageWithTheOtherAuthorAsRecipient() {
    ReadCapture r =
        ReadCapture.read(fixture("whatsapp/android-de/WhatsApp Chat mit Erika Mustermann.txt"));
    assertEquals(WhatsAppKind.KIND, r.detection().kind());
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertEquals(
        7, messages.size(), "system lines are no messages; continued lines belong to theirs");
    assertEquals(7, r.summary().rowsRead());
    MessageFact first = messages.get(0);
    assertEquals(Channel.WHATSAPP, first.channel());
    assertEquals("Erika Mustermann", first.sender().displayName());
    assertEquals("Max Beispiel", first.recipients().get(0).displayName());
    assertEquals(
        LocalDateTime.of(2025, 12, 5, 14, 3), first.time().day().atTime(first.time().time()));
    assertEquals(null, first.time().offset(), "WhatsApp writes local time without a zone");
    assertFalse(first.group());
    assertEquals(2, first.source().line());
    assertEquals(
        List.of(PersonRef.named("Max Beispiel")), r.owners, "the author who is not the title");
  }

  @Test
  void aGroupChatsMessagesAreGroupMessagesAndNameNoOwner() {
    ReadCapture r =
        ReadCapture.read(fixture("whatsapp/android-de/WhatsApp Chat mit Stammtisch Nord.txt"));
    assertTrue(r.facts(MessageFact.class).stream().allMatch(MessageFact::group));
    assertEquals(List.of(), r.owners);
    assertTrue(r.balanced());
  }

  @Test
  void anIosExportArchiveIsReadAndItsMediaCountedInOneLine() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs()
            .read(
                List.of(fixture("whatsapp/ios-de/WhatsApp Chat - Erika Mustermann.zip")),
                Map.of(),
                sink);
    assertEquals(1, reading.summaries().size(), reading.summaries()::toString);
    InputSummary chat = reading.summaries().get(0);
    assertTrue(chat.file().endsWith("!_chat.txt"), chat.file());
    assertTrue(chat.balanced() && chat.rowsUsed() > 0, chat::toString);
    assertTrue(
        reading.problems().stream().anyMatch(p -> p.code().equals("companions-not-read")),
        reading.problems()::toString);
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        reading.problems()::toString);
    Set<String> senders =
        Set.copyOf(sink.facts(MessageFact.class).stream().map(m -> m.sender().label()).toList());
    assertTrue(senders.contains("Erika Mustermann"), senders::toString);
  }

  @Test
  void anEnglishChatWithTwelveHourTimesAndNumbersAsAuthorsIsRead() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs()
            .read(
                List.of(fixture("whatsapp/android-en"), fixture("whatsapp/ios-old")),
                Map.of(),
                sink);
    assertTrue(reading.summaries().size() >= 4, reading.summaries()::toString);
    assertTrue(reading.summaries().stream().allMatch(s -> s.kind().equals(WhatsAppKind.KIND)));
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
  }

  @Test
  void aChatWithOnlyOneSideWritingHasTheTitleAsTheOtherSide() {
    List<PersonRef> others = WhatsAppReader.others("Erika", Set.of("Erika"), "Max Beispiel");
    assertEquals(List.of(PersonRef.named("Max Beispiel")), others);
    assertEquals(
        List.of(), WhatsAppReader.others("Max Beispiel", Set.of("Max Beispiel"), "Max Beispiel"));
    assertEquals(
        List.of(PersonRef.phone("+49 171 2345678")),
        WhatsAppReader.others("Katrin", Set.of("Katrin"), "\u202a+49 171 2345678\u202c"));
  }
}
