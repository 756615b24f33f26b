package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telegram Desktop's JSON export (see {@code producers/README.md}). */
class TelegramProducersTest {

  @Test
  void oneMessageEachWayWithAContactKnownByNameAndPhone() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    byte[] all = Files.readAllBytes(Producers.file("telegram/result.json"));
    TelegramFileKind kind =
        TelegramDetector.detect(java.util.Arrays.copyOf(all, Math.min(all.length, 4096)))
            .orElseThrow();
    r.read(kind, all, "result.json");

    TelegramContact erika = r.contacts.get(0);
    assertEquals("Erika Mustermann", erika.firstName() + " " + erika.lastName());
    assertEquals("+49 170 1234567", erika.phone());
    assertEquals(2, r.messages.size(), r.problems::toString);
    assertEquals(
        List.of(true, false), r.messages.stream().map(TelegramMessage::fromCounterpart).toList());
    for (TelegramMessage m : r.messages) {
      assertEquals("222222222", m.counterpartId());
      assertEquals(LocalDate.of(2025, 6, 5), LocalDate.ofInstant(m.sentAt(), ZoneOffset.UTC));
    }
  }
}
