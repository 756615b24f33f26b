package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Apple Mail: an exported {@code Name.mbox/mbox} and a stored {@code .emlx} message. */
class AppleMailTest {

  @Test
  void exportedMailboxIsAnOrdinaryMbox() {
    MailRecorder read = MailRecorder.readMbox("apple/Erika.mbox/mbox");
    assertEquals(List.of("message 1", "message 2"), read.order);
    MailHeaders reply = read.messages.get(1);
    assertEquals("max.beispiel@example.com", reply.from().get(0).address());
    assertEquals("A1B2C3D4-1111-2222-3333-444455556666@example.org", reply.inReplyTo());
    assertEquals(OffsetDateTime.parse("2011-07-09T11:00:58+02:00"), reply.date());
  }

  @Test
  void emlxHeaderIsReadAfterItsByteCountLine() throws IOException {
    MailRecorder read = new MailRecorder();
    MailReadSummary summary;
    try (InputStream in = MailRecorder.fixture("apple/Messages/4711.emlx")) {
      summary = new MessageFileReader().readEmlx(in, "4711.emlx", read);
    }
    assertEquals(1, summary.delivered());
    MailHeaders message = read.messages.get(0);
    assertEquals("C0FFEE00-1234@example.org", message.messageId());
    assertEquals(2, message.position().line());
    assertEquals(11, message.position().offset());
    assertEquals(OffsetDateTime.parse("2025-03-03T09:15+01:00"), message.date());
  }

  @Test
  void emlxWithoutByteCountIsNoMessage() throws IOException {
    MailRecorder read = new MailRecorder();
    try (InputStream in = MailRecorder.fixture("eml/Angebot.eml")) {
      new MessageFileReader().readEmlx(in, "Angebot.emlx", read);
    }
    assertEquals(List.of("problem 1 NO_MESSAGE"), read.order);
  }
}
