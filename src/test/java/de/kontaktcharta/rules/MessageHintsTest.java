package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wording matched on another core comes back as a plain loop would find it. */
class MessageHintsTest {

  private final TextRules rules = new TextRules(new CharterLoader().loadDefault());

  @Test
  void everyWordingIsFoundInMessageOrderAcrossBatches() {
    MessageHints hints = new MessageHints(rules);
    int day = (int) LocalDate.of(2026, 11, 1).toEpochDay();
    int messages = MessageHints.BATCH * (MessageHints.WAITING + 3) + 7;
    for (int i = 0; i < messages; i++) {
      String text =
          i % 1000 == 999 ? "Schön, dass wir uns auf der Messe kennengelernt haben" : "Hallo " + i;
      hints.add(new MessageHints.Job(text, day, new SourceRef("messages.csv", i + 2), i, -i));
    }
    List<MessageHints.Hit> found = hints.finish();
    assertEquals(messages / 1000, found.size());
    for (int k = 0; k < found.size(); k++) {
      MessageHints.Hit hit = found.get(k);
      assertEquals(1000 * k + 999, hit.a());
      assertEquals(-hit.a(), hit.b());
      assertEquals(ReasonCode.MET, hit.evidence().reason());
      assertEquals(hit.a() + 2, hit.evidence().source().line());
    }
  }

  @Test
  void withoutMessagesNothingIsStarted() {
    assertEquals(List.of(), new MessageHints(rules).finish());
  }
}
