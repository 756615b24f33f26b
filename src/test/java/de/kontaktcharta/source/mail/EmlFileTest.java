package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Single {@code .eml} files. */
class EmlFileTest {

  private static MailRecorder read(String path) throws IOException {
    MailRecorder recorder = new MailRecorder();
    try (InputStream in = MailRecorder.fixture(path)) {
      recorder.summary = new MessageFileReader().readEml(in, path, recorder);
    }
    return recorder;
  }

  @Test
  void everyAddressHeaderIsRead() throws IOException {
    MailHeaders message = read("eml/Angebot.eml").messages.get(0);
    assertEquals(
        new MailAddress("erika.mustermann@example.org", "Erika Mustermann"), message.from().get(0));
    assertEquals(new MailAddress("assistenz@example.org", "Assistenz"), message.sender());
    assertEquals(List.of(new MailAddress("vertrieb@example.org", "Vertrieb")), message.replyTo());
    assertEquals(
        new MailAddress("anna.beispiel@example.com", "Beispiel, Anna"), message.cc().get(0));
    assertEquals("Angebot für Ihr Büro", message.subject());
    assertEquals(new MailPosition("eml/Angebot.eml", 1, 0, 1), message.position());
  }

  @Test
  void missingDateFallsBackToTheLastReceivedHeader() throws IOException {
    MailHeaders message = read("eml/ohne-datum.eml").messages.get(0);
    assertEquals(DateSource.RECEIVED, message.dateSource());
    assertEquals(OffsetDateTime.parse("2024-03-06T18:45+01:00"), message.date());
    assertNull(message.sender());
  }

  @Test
  void bounceFromMailerDaemonIsBulk() throws IOException {
    MailHeaders bounce = read("eml/unzustellbar.eml").messages.get(0);
    assertEquals(
        Set.of(BulkSignal.NO_REPLY_SENDER, BulkSignal.AUTO_SUBMITTED, BulkSignal.NULL_RETURN_PATH),
        bounce.bulkSignals());
    assertEquals("mailer-daemon@mx.example.com", bounce.from().get(0).address());
  }

  @Test
  void textWithoutHeaderIsAnUnparseableHeaderWithoutQuotingIt() throws IOException {
    MailRecorder read = read("eml/kaputt.eml");
    assertEquals(List.of("problem 1 UNPARSEABLE_HEADER"), read.order);
    assertEquals("", read.problems.get(0).detail());
    assertEquals(1, read.summary.messageProblems());
  }

  @Test
  void messageWithoutAnyDateIsAProblemNamingTheBadDate() throws IOException {
    MailRecorder read = new MailRecorder();
    byte[] eml =
        "From: a@example.com\nDate: irgendwann\nSubject: x\n\nbody\n"
            .getBytes(StandardCharsets.US_ASCII);
    new MessageFileReader().readEml(new ByteArrayInputStream(eml), "x.eml", read);
    assertEquals(List.of("problem 1 NO_DATE"), read.order);
    assertEquals("irgendwann", read.problems.get(0).detail());
  }

  @Test
  void emptyFileIsNoMessage() throws IOException {
    MailRecorder read = new MailRecorder();
    MailReadSummary summary =
        new MessageFileReader().readEml(new ByteArrayInputStream(new byte[0]), "leer.eml", read);
    assertEquals(List.of("problem 1 NO_MESSAGE"), read.order);
    assertEquals(0, summary.messages());
    assertEquals(1, summary.otherProblems());
  }

  @Test
  void leadingFromLineGivesTheFallbackDate() throws IOException {
    MailRecorder read = new MailRecorder();
    byte[] eml =
        "From erika@example.org Fri Jul  8 12:08:34 2011\nFrom: erika@example.org\n\nx\n"
            .getBytes(StandardCharsets.US_ASCII);
    new MessageFileReader().readEml(new ByteArrayInputStream(eml), "x.eml", read);
    assertEquals(OffsetDateTime.parse("2011-07-08T12:08:34Z"), read.messages.get(0).date());
  }
}
