package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Google Takeout mailbox: CRLF lines, Gmail's From_ lines, labels and thread ids. */
class GmailTakeoutTest {

  private static final String FILE =
      "takeout/Takeout/Mail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox";

  private final MailRecorder read = MailRecorder.readMbox(FILE);

  @Test
  void everyMessageIsDeliveredOnceAndInFileOrder() {
    assertEquals(8, read.summary.messages());
    assertEquals(8, read.summary.delivered());
    assertEquals(List.of(), read.problems);
    for (int i = 0; i < read.messages.size(); i++) {
      assertEquals(i + 1, read.messages.get(i).position().number());
    }
  }

  @Test
  void positionsPointAtTheFromLines() {
    MailHeaders first = read.messages.get(0);
    assertEquals(0, first.position().offset());
    assertEquals(1, first.position().line());
    MailHeaders second = read.messages.get(1);
    assertTrue(second.position().offset() > 3000, "after the first message's attachment");
    assertEquals(FILE, second.position().file());
  }

  @Test
  void escapedAndBodyFromLinesDoNotSplitMessages() {
    // The first message's body holds ">From unserer Seite" and a From_-shaped text line.
    assertEquals("CAMx8b2Qw7u1@mail.example.com", read.messages.get(1).messageId());
  }

  @Test
  void quotedNameWithCommaStaysOneMailboxAndAddressIsLowerCased() {
    MailHeaders first = read.byMessageId("CAF7tq1aB3x9@mail.example.org");
    assertEquals(
        List.of(new MailAddress("erika.mustermann@example.org", "Mustermann, Erika")),
        first.from());
    assertEquals("erika.mustermann@example.org", first.from().get(0).address());
  }

  @Test
  void subjectEncodedWordsAreDecodedAcrossTheFold() {
    MailHeaders first = read.byMessageId("CAF7tq1aB3x9@mail.example.org");
    assertEquals("Grüße aus München und ein Angebot für das Projekt", first.subject());
  }

  @Test
  void dateKeepsTheWritersOffset() {
    MailHeaders first = read.byMessageId("CAF7tq1aB3x9@mail.example.org");
    assertEquals(OffsetDateTime.parse("2017-07-10T16:06:10+02:00"), first.date());
    assertEquals(DateSource.DATE_HEADER, first.dateSource());
  }

  @Test
  void labelsAreSplitOutsideQuotesAndDecoded() {
    MailHeaders first = read.byMessageId("CAF7tq1aB3x9@mail.example.org");
    assertEquals(
        List.of("Posteingang", "Wichtig", "Kunden, aktiv", "Geschäftlich"), first.gmailLabels());
    assertEquals(List.of("max.beispiel@example.com"), first.deliveredTo());
  }

  @Test
  void replySharesTheThreadOfItsOriginal() {
    MailHeaders original = read.byMessageId("CAF7tq1aB3x9@mail.example.org");
    MailHeaders reply = read.byMessageId("CAMx8b2Qw7u1@mail.example.com");
    assertEquals("1572544789079124110", reply.gmailThreadId());
    assertEquals(original.threadKey(), reply.threadKey());
    assertEquals("CAF7tq1aB3x9@mail.example.org", reply.inReplyTo());
    assertEquals(List.of("CAF7tq1aB3x9@mail.example.org"), reply.references());
  }

  @Test
  void sentCopyKeepsBcc() {
    MailHeaders reply = read.byMessageId("CAMx8b2Qw7u1@mail.example.com");
    assertEquals(List.of("Gesendet"), reply.gmailLabels());
    assertEquals("max.archiv@example.com", reply.bcc().get(0).address());
    assertEquals(List.of("erika.mustermann@example.org"), addresses(reply.recipients()));
  }

  @Test
  void newsletterCarriesItsListSignals() {
    MailHeaders newsletter = read.byMessageId("n-4711@news.example.com");
    assertEquals(
        Set.of(BulkSignal.LIST_ID, BulkSignal.LIST_UNSUBSCRIBE, BulkSignal.PRECEDENCE),
        newsletter.bulkSignals());
    assertTrue(newsletter.bulk());
  }

  @Test
  void noReplySenderIsBulk() {
    MailHeaders order = read.byMessageId("order-123-456@shop.example.com");
    assertEquals(Set.of(BulkSignal.NO_REPLY_SENDER), order.bulkSignals());
  }

  @Test
  void personalMailHasNoBulkSignal() {
    assertFalse(read.byMessageId("CAF7tq1aB3x9@mail.example.org").bulk());
  }

  @Test
  void teamMailListsAllSevenRecipientsAcrossFoldedLines() {
    MailHeaders team = read.byMessageId("team-0813@mail.example.org");
    assertEquals(7, team.recipients().size());
    assertEquals("Berg, Tom", team.to().get(2).name());
    assertEquals(new MailAddress("juergen.mueller@example.org", "Jürgen Müller"), team.cc().get(0));
  }

  @Test
  void missingDateFallsBackToTheFromLine() {
    MailHeaders undated = read.byMessageId("no-date@mail.example.org");
    assertEquals(DateSource.FROM_LINE, undated.dateSource());
    assertEquals(OffsetDateTime.parse("2017-07-14T07:45:30Z"), undated.date());
  }

  @Test
  void rawUtf8NameIsReadAsUtf8AndEmptyGroupGivesNoRecipient() {
    MailHeaders raw = read.byMessageId("raw-utf8@mail.example.org");
    assertEquals("Jürgen Müller", raw.from().get(0).name());
    assertEquals("Grüße vom See", raw.subject());
    assertEquals(List.of(), raw.to());
  }

  @Test
  void oddCharsetsDecodeOrStayAsWritten() {
    MailHeaders odd = read.byMessageId("odd-charset@mail.example.org");
    assertEquals("René Müller", odd.from().get(0).name());
    assertEquals("=?x-unknown-8bit?Q?Hallo?=Preis: 10 €", odd.subject());
    assertEquals(OffsetDateTime.parse("2017-07-16T20:20+02:00"), odd.date());
  }

  private static List<String> addresses(List<MailAddress> list) {
    return list.stream().map(MailAddress::address).toList();
  }
}
