package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.testing.CountedFile;
import de.kontaktcharta.testing.RecordingSink;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The mail reader as the input layer calls it, on one {@code .eml} file. */
class MailReaderTest {

  @Test
  void aMailFileIsOpenedOnceToLearnItsFormatAndReadIt() throws Exception {
    CountedFile file = new CountedFile(fixture("eml/Angebot.eml"));
    Detection detection = new Detection(file, MailKind.KIND, "", ',', null, Message.NONE, false);
    RecordingSink sink = new RecordingSink();
    RowCounter counter = new RowCounter(file.name(), sink::problem);
    new MailReader().read(detection, counter, sink);
    assertEquals(1, file.opened(), "opened once");
    assertEquals(1, counter.read(), "the one message was read");
    assertEquals(1, sink.facts.size(), sink.facts::toString);
  }

  private static Path fixture(String path) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(MailReaderTest.class.getResource("/fixtures/mail/" + path)).toURI());
  }
}
