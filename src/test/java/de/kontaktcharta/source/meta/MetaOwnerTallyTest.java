package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaOwnerTallyTest {

  private static final List<String> EXPORT_2022 =
      List.of(
          "facebook-erikamustermann-2022/messages/inbox/jurgenweiss_1234567890/message_1.json",
          "facebook-erikamustermann-2022/messages/inbox/jurgenweiss_1234567890/message_2.json",
          "facebook-erikamustermann-2022/messages/inbox/messeteamkoln_987654321/message_1.json",
          "facebook-erikamustermann-2022/messages/archived_threads/annalenagross_5555555555/message_1.json");

  @Test
  void theOwnerIsTheOneNameInEveryThread() {
    MetaOwnerTally tally = new MetaOwnerTally();
    EXPORT_2022.forEach(f -> MetaRecorder.thread(f).items.forEach(tally::add));

    MetaOwnerGuess owner = tally.owner().orElseThrow();
    assertEquals("Erika Mustermann", owner.name());
    assertEquals(3, owner.threads());
    assertEquals(3, owner.ofThreads());
    assertTrue(owner.certain());
  }

  @Test
  void aSingleThreadGivesAGuessButNoCertainty() {
    MetaOwnerTally tally = new MetaOwnerTally();
    assertFalse(tally.owner().isPresent());

    MetaRecorder.thread(EXPORT_2022.get(0)).items.forEach(tally::add);

    MetaOwnerGuess guess = tally.owner().orElseThrow();
    assertFalse(guess.certain());
    assertEquals(1, guess.ofThreads());
  }
}
