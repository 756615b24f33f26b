package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mailboxes as Thunderbird and Google Takeout write them (see {@code producers/README.md}). */
class MailProducersTest {

  private static MailRecorder read(String name) throws IOException {
    MailRecorder recorder = new MailRecorder();
    try (InputStream in = Files.newInputStream(Producers.file("mail/" + name))) {
      recorder.summary = new MboxReader().read(in, name, recorder);
    }
    return recorder;
  }

  @Test
  void thunderbirdsInboxGivesOneMailAndLeavesTheDeletedNewsletterOut() throws IOException {
    MailRecorder read = read("thunderbird-Inbox");

    assertEquals(List.of("message 1", "skipped 2 DELETED"), read.order);
    MailHeaders mail = read.messages.get(0);
    assertEquals(new MailAddress("j.mueller@beispiel.de", "Jürgen Müller"), mail.from().get(0));
    assertEquals("katrin@albers-beratung.example", mail.to().get(0).address());
    assertEquals(LocalDate.of(2026, 4, 2), mail.date().toLocalDate());
  }

  @Test
  void gmailsTakeoutGivesTheSentMailToBothRecipients() throws IOException {
    MailRecorder read = read("gmail-takeout.mbox");

    assertEquals(1, read.messages.size(), read.order::toString);
    MailHeaders mail = read.messages.get(0);
    assertEquals(LocalDate.of(2026, 3, 10), mail.date().toLocalDate());
    assertTrue(mail.gmailLabels().contains("Gesendet"), mail.gmailLabels()::toString);
    assertEquals(
        List.of("anna.becker@steuer-markt.example", "g.voss@example.net"),
        mail.recipients().stream().map(MailAddress::address).toList());
    assertTrue(mail.bulkSignals().isEmpty());
  }
}
