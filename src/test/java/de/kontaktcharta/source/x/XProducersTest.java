package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X's data archive (see {@code producers/README.md}). */
class XProducersTest {

  private static XRecorder read(String name) throws IOException {
    XRecorder recorder = new XRecorder();
    recorder.readText(Files.readString(Producers.file("x/" + name), StandardCharsets.UTF_8), name);
    return recorder;
  }

  @Test
  void theAccountFileNamesTheOwner() throws IOException {
    XAccount owner = read("account.js").accounts.get(0);

    assertEquals("3128746474", owner.accountId());
    assertEquals("katrinalbers", owner.username());
  }

  @Test
  void oneDirectMessageEachWayWithOneAccount() throws IOException {
    XRecorder read = read("direct-messages.js");

    assertEquals(2, read.messages.size());
    assertTrue(read.messages.get(0).sentBy("3128746474"), "newest first: the owner's answer");
    assertTrue(read.messages.get(1).sentBy("759720"));
    for (XDirectMessage m : read.messages) {
      assertEquals(List.of("759720"), m.others("3128746474"));
      assertEquals(LocalDate.of(2025, 9, 3), m.sentAt().atOffset(ZoneOffset.UTC).toLocalDate());
    }
    assertEquals(List.of(), read.problems);
  }
}
