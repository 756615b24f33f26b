package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XING's Datenauskunft (see {@code producers/README.md}). */
class XingProducersTest {

  private static InputStream open(String name) throws IOException {
    return Files.newInputStream(Producers.file("xing/" + name));
  }

  @Test
  void messagesWithoutHeaderBelongToTheirConversation() throws IOException {
    Recorder<XingMessage> out = new Recorder<>();
    try (InputStream in = open("messages-backend.csv")) {
      new XingMessagesReader().read(in, "messages-backend.csv", out);
    }

    assertEquals(2, out.items.size(), out.problems::toString);
    assertEquals("Erika Mustermann", out.items.get(0).sender());
    assertEquals(List.of("Katrin Albers"), out.items.get(0).recipients());
    assertEquals("Katrin Albers", out.items.get(1).sender());
    assertEquals(List.of("Erika Mustermann"), out.items.get(1).recipients());
    assertEquals(1, out.items.stream().map(XingMessage::conversationKey).distinct().count());
  }

  @Test
  void contactsWithTheDateTheyWereConfirmedOrWithout() throws IOException {
    Recorder<XingContact> out = new Recorder<>();
    try (InputStream in = open("network-inquiry-contacts.csv")) {
      new XingContactsReader().read(in, "network-inquiry-contacts.csv", out);
    }

    assertEquals(2, out.items.size(), out.problems::toString);
    assertEquals("Erika Mustermann", out.items.get(0).name());
    assertEquals(LocalDate.of(2016, 11, 2), out.items.get(0).confirmedAt().date());
    assertEquals("Max Beispiel", out.items.get(1).name());
    assertNull(out.items.get(1).confirmedAt());
  }
}
