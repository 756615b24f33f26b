package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Thunderbird folder file: {@code From - } separators, sometimes without a blank line before
 * them, unescaped body lines starting with {@code From }, ISO-8859-1 bytes, a deleted message.
 */
class ThunderbirdMboxTest {

  private final MailRecorder read = MailRecorder.readMbox("thunderbird/Local Folders/Inbox");

  @Test
  void everyMessageHasExactlyOneOutcomeInFileOrder() {
    assertEquals(
        List.of(
            "message 1",
            "skipped 2 DELETED",
            "message 3",
            "message 4",
            "problem 5 NO_FROM",
            "message 6"),
        read.order);
    MailReadSummary summary = read.summary;
    assertEquals(6, summary.messages());
    assertEquals(4, summary.delivered());
    assertEquals(1, summary.skipped());
    assertEquals(1, summary.messageProblems());
    assertEquals(0, summary.otherProblems());
  }

  @Test
  void separatorWithoutBlankLineBeforeItStartsAMessage() {
    assertEquals(2, read.skipped.get(0).number());
    assertEquals(25, read.skipped.get(0).line());
  }

  @Test
  void unescapedBodyLinesStartingWithFromStayInTheBody() {
    MailHeaders first = read.messages.get(0);
    assertEquals("5339A1B4.1030908@example.org", first.messageId());
    assertEquals("Termin am Donnerstag", first.subject());
  }

  @Test
  void autoReplyIsRecognisedByItsHeaders() {
    MailHeaders auto = read.messages.get(1);
    assertEquals("auto-1@example.org", auto.messageId());
    assertEquals(
        Set.of(BulkSignal.AUTO_SUBMITTED, BulkSignal.AUTO_REPLY, BulkSignal.NULL_RETURN_PATH),
        auto.bulkSignals());
  }

  @Test
  void unreadableDateFallsBackToTheSeparatorAndLatin1NameIsDecoded() {
    MailHeaders broken = read.messages.get(2);
    assertEquals("broken-date@example.net", broken.messageId());
    assertEquals(DateSource.FROM_LINE, broken.dateSource());
    assertEquals(OffsetDateTime.parse("2014-04-05T08:00:00Z"), broken.date());
    assertEquals(new MailAddress("hans.mueller@example.net", "Hans Müller"), broken.from().get(0));
  }

  @Test
  void emptyGroupAsSenderIsAProblemWithItsPosition() {
    MailProblem problem = read.problems.get(0);
    assertEquals(MailProblem.Kind.NO_FROM, problem.kind());
    assertEquals(5, problem.position().number());
    assertEquals("undisclosed-recipients:;", problem.detail());
  }

  @Test
  void escapedSecondFromLineAfterTheSeparatorOpensTheHeader() {
    MailHeaders last = read.messages.get(3);
    assertEquals("reply-2025@example.com", last.messageId());
    assertEquals(OffsetDateTime.parse("2025-04-12T17:59+02:00"), last.date());
  }
}
