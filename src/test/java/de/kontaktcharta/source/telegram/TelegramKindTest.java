package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.ReadCapture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telegram Desktop's exports read as the kind {@code telegram}. */
class TelegramKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture("telegram/" + name);
  }

  @Test
  void theFullExportNamesTheOwnerAndLinksSavedNumbersToUsers() {
    ReadCapture r = ReadCapture.read(fixture("full/result.json"));
    assertEquals(TelegramKind.KIND, r.detection().kind());
    assertTrue(r.balanced());
    PersonRef owner = r.owners.get(0);
    assertEquals(List.of("telegram:user111111111", "telegram:@maxbeispiel"), owner.handles());
    assertEquals(List.of("+49 151 23456789"), owner.phones());
    assertEquals(1, r.aliases.size(), "the contact without a Telegram account links nothing");
    assertEquals(List.of("+49 170 1234567"), r.aliases.get(0).phones());
    assertEquals(List.of("telegram:user222222222"), r.aliases.get(0).handles());
  }

  @Test
  void personalChatsGoBetweenTheOwnerAndTheChatsPersonGroupsAreGroups() {
    ReadCapture r = ReadCapture.read(fixture("full/result.json"));
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertEquals(r.summary().rowsUsed(), messages.size());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.TELEGRAM));
    List<MessageFact> erika =
        messages.stream().filter(m -> !m.group() && m.conversation().equals("222222222")).toList();
    assertEquals(5, erika.size());
    MessageFact first = erika.get(0);
    assertEquals(List.of("telegram:user222222222"), first.sender().handles());
    assertEquals("Erika Mustermann", first.sender().displayName());
    assertEquals(
        List.of("telegram:user111111111", "telegram:@maxbeispiel"),
        first.recipients().get(0).handles());
    MessageFact reply = erika.get(1);
    assertEquals(List.of("telegram:user111111111"), reply.sender().handles());
    assertEquals(List.of("telegram:user222222222"), reply.recipients().get(0).handles());
    assertTrue(messages.stream().anyMatch(MessageFact::group));
    assertEquals(1, r.problems("telegram-no-exchange").size());
  }

  @Test
  void aSingleChatsExportFindsTheOwnerAsTheOneWhoWritesBesidesTheChatsPerson() {
    ReadCapture r = ReadCapture.read(fixture("single/result.json"));
    assertTrue(r.balanced());
    assertEquals(1, r.owners.size(), r.problems::toString);
    PersonRef owner = r.owners.get(0);
    List<MessageFact> messages = r.facts(MessageFact.class);
    assertTrue(
        messages.stream()
            .allMatch(m -> m.sender().equals(owner) || m.recipients().equals(List.of(owner))),
        messages::toString);
  }

  @Test
  void theHtmlExportIsOneRowNamedWithWhatToDo() {
    ReadCapture r = ReadCapture.read(fixture("html/messages.html"));
    assertEquals(TelegramKind.KIND, r.detection().kind());
    assertEquals(1, r.summary().rowsSkipped());
    assertEquals(1, r.problems("telegram-html-export").size());
    assertTrue(r.balanced());
  }
}
