package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XingOwnerTallyTest {

  @Test
  void theOwnerIsTheNameInEveryConversation() {
    Recorder<XingMessage> out = new Recorder<>();
    new XingMessagesReader()
        .read(
            Recorder.fixture(
                "export/data/messages-backend/files/5d41402abc4b2a76b9719d911017c592.csv"),
            "m.csv",
            out);
    XingOwnerTally tally = new XingOwnerTally();
    out.items.forEach(tally::add);

    XingOwnerGuess owner = tally.owner().orElseThrow();
    assertEquals("Erika Mustermann", owner.name());
    assertEquals(5, owner.conversations());
    assertEquals(5, owner.ofConversations());
    assertEquals(6, owner.sent());
    assertTrue(owner.certain());
  }

  @Test
  void oneConversationIsNoCertaintyAndNoMessagesNoGuess() {
    XingOwnerTally tally = new XingOwnerTally();
    assertFalse(tally.owner().isPresent());

    Recorder<XingMessage> out = new Recorder<>();
    new XingMessagesReader()
        .read(Recorder.fixture("variants/messages-utf16le-tabs.txt"), "u.txt", out);
    out.items.forEach(tally::add);

    XingOwnerGuess guess = tally.owner().orElseThrow();
    assertFalse(guess.certain());
    assertEquals(1, guess.ofConversations());
  }
}
