package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.RecordingSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XING's data export read as the kind {@code xing-export}: network, notes and messages. */
class XingExportKindTest {

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture("xingexport/" + name);
  }

  private static Inputs.Reading read(String name, RecordingSink sink) {
    return new Inputs().read(List.of(fixture(name)), Map.of(), sink);
  }

  @Test
  void theContactsAreTheXingNetworkWithTheDayEachWasConfirmed() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = read("export", sink);
    assertTrue(
        reading.summaries().stream().allMatch(s -> s.kind().equals(XingExportKind.KIND)),
        reading.summaries()::toString);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    assertTrue(sink.network.stream().allMatch(e -> e.platform() == Platform.XING));
    NetworkEntry jana =
        sink.network.stream()
            .filter(e -> e.person().displayName().equals("Jana Probst"))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2019, 5, 21), jana.connectedOn());
  }

  @Test
  void notesAreTheOwnersWordsAboutAPerson() {
    RecordingSink sink = new RecordingSink();
    read("export", sink);
    List<NoteFact> notes = sink.facts(NoteFact.class);
    assertEquals(3, notes.size(), notes::toString);
    NoteFact max = notes.get(0);
    assertEquals("Max Beispiel", max.person().displayName());
    assertEquals(LocalDate.of(2018, 4, 12), max.date());
    assertTrue(max.text().contains("Ansprechpartner für Köln"), max::toString);
  }

  @Test
  void messagesGoBetweenTheConversationsPeopleAndTheOwnerIsTheOneInEvery() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = read("export", sink);
    List<MessageFact> messages = sink.facts(MessageFact.class);
    assertFalse(messages.isEmpty());
    assertTrue(messages.stream().allMatch(m -> m.channel() == Channel.XING));
    assertEquals(
        List.of("Erika Mustermann"), sink.owners.stream().map(PersonRef::displayName).toList());
    MessageFact first = messages.get(0);
    assertEquals("Erika Mustermann", first.sender().displayName());
    assertEquals(
        List.of("Max Beispiel"), first.recipients().stream().map(PersonRef::displayName).toList());
    assertTrue(messages.stream().anyMatch(MessageFact::group), "the conversation of three");
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        reading.problems()::toString);
  }

  @Test
  void aFileOfTheExportThatIsNotUnderstoodIsNamed() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = read("variants/data", sink);
    InputSummary unknown =
        reading.summaries().stream()
            .filter(s -> s.file().endsWith("0cc175b9c0f1b6a831c399e269772661.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals(XingExportKind.KIND, unknown.kind());
    assertEquals(1, unknown.rowsSkipped());
    List<Problem> named = sink.problems("xing-not-understood");
    assertEquals(1, named.size(), sink.problems::toString);
    assertTrue(named.get(0).source().file().endsWith("0cc175b9c0f1b6a831c399e269772661.csv"));
    assertTrue(English.text(named.get(0)).contains("not one of the export's known files"));
  }
}
