package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facebook's "Download your information" (see {@code producers/README.md}). */
class MetaProducersTest {

  @Test
  void oneMessageEachWayAndTheEscapedBytesReadAsUtf8() throws IOException {
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    try (InputStream in = Files.newInputStream(Producers.file("facebook/message_1.json"))) {
      new MetaMessagesReader().read(in, "inbox/erikamustermann_1234567890/message_1.json", out);
    }

    assertEquals(
        List.of("Erika Mustermann", "Katrin Albers"),
        out.items.stream().map(MetaMessage::sender).toList());
    assertEquals(List.of(), out.problems);
    // Facebook writes each UTF-8 byte as a character of its own
    assertEquals(
        "Grüße aus Köln \uD83D\uDE00",
        Mojibake.repair(
            "Gr\u00c3\u00bc\u00c3\u009fe aus K\u00c3\u00b6ln \u00f0\u009f\u0098\u0080"));
  }
}
