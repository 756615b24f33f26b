package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.ReadCapture;
import de.kontaktcharta.testing.RecordingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mailboxes and message files are read as e-mail messages, one row each, however they come. */
class MailKindTest {

  @org.junit.jupiter.api.io.TempDir Path tmp;

  private static Path fixture(String name) {
    return de.kontaktcharta.testing.Inputs.fixture(name);
  }

  @Test
  void aTakeoutMailboxIsReadWithItsNewslettersMarkedAndItsOwnerFromDeliveredTo() {
    ReadCapture r =
        ReadCapture.read(
            fixture(
                "mail/takeout/Takeout/Mail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox"));
    assertEquals(MailKind.KIND, r.detection().kind());
    assertTrue(r.balanced());
    List<MessageFact> mails = r.facts(MessageFact.class);
    assertEquals(r.summary().rowsUsed(), mails.size());
    assertTrue(mails.stream().allMatch(m -> m.channel() == Channel.EMAIL && m.text().isEmpty()));
    MessageFact first = mails.get(0);
    assertEquals("Erika Mustermann", first.sender().displayName());
    assertEquals(List.of("erika.mustermann@example.org"), first.sender().emails());
    assertTrue(first.source().isMessage() && first.source().message() == 1);
    assertTrue(mails.stream().filter(MessageFact::bulk).count() >= 2, "newsletter and no-reply");
    assertEquals(List.of("max.beispiel@example.com"), r.owners.get(0).emails());
  }

  @Test
  void aThunderbirdFolderIsReadAndItsIndexCountedInOneLine() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs().read(List.of(fixture("mail/thunderbird")), Map.of(), sink);
    assertEquals(1, reading.summaries().size(), reading.summaries()::toString);
    InputSummary inbox = reading.summaries().get(0);
    assertEquals(MailKind.KIND, inbox.kind());
    assertTrue(inbox.balanced());
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        reading.problems()::toString);
    assertTrue(
        reading.problems().stream().anyMatch(p -> p.code().equals("companions-not-read")),
        reading.problems()::toString);
    List<Problem> deleted = sink.problems("mail-deleted");
    assertEquals(1, deleted.size(), sink.problems::toString);
    assertEquals(inbox.rowsSkipped(), sink.skippedRows().stream().mapToLong(Problem::rows).sum());
  }

  @Test
  void appleMailExportsAndMessageFilesAreOneMessageEach() {
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading =
        new Inputs().read(List.of(fixture("mail/apple"), fixture("mail/eml")), Map.of(), sink);
    assertTrue(reading.summaries().stream().allMatch(InputSummary::balanced));
    assertTrue(
        reading.summaries().stream().allMatch(s -> s.kind().equals(MailKind.KIND)),
        reading.summaries()::toString);
    // the Apple mbox holds 2, the .emlx 1; of the .eml files one is dated only by its Received
    // header, one is a bounce, and one is no mail at all
    assertEquals(6, sink.facts(MessageFact.class).size());
    assertEquals(5, reading.summaries().size(), reading.summaries()::toString);
    assertTrue(
        reading.problems().stream()
            .anyMatch(
                p -> p.code().equals("input-unknown") && p.source().file().endsWith("kaputt.eml")),
        reading.problems()::toString);
    assertTrue(
        sink.facts(MessageFact.class).stream()
            .anyMatch(m -> m.bulk() && m.sender().emails().get(0).startsWith("mailer-daemon")));
  }

  @Test
  void damagedMessagesBeyondTwentyShareOneLine() {
    StringBuilder box = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      // a bare "From -" separator, as Thunderbird writes for old messages, gives no date either
      box.append("From -\nFrom: a@b.example\nSubject: ohne Datum\n\n\n");
    }
    Path file = de.kontaktcharta.testing.Inputs.write(tmp, "kaputt.mbox", box.toString());
    ReadCapture r = ReadCapture.read(file);
    assertEquals(25, r.summary().rowsRead());
    assertEquals(25, r.summary().rowsSkipped());
    List<Problem> lines = r.problems("mail-without-date");
    assertEquals(21, lines.size());
    assertEquals(5, lines.get(20).rows());
    assertTrue(r.balanced());
  }
}
