package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where one message ends and the next begins, and what memory that takes. */
class MboxSplittingTest {

  private static final MailLimits SMALL = new MailLimits(4096, 4096);

  private static String message(String fromLine, String id) {
    return fromLine
        + "\nFrom: erika@example.org\nTo: max@example.com\nDate: Mon, 10 Jul 2017 14:06:16 +0000"
        + "\nMessage-ID: <"
        + id
        + ">\n\nText.\n\n";
  }

  private static MailRecorder read(String text) {
    return MailRecorder.readMbox(text.getBytes(StandardCharsets.ISO_8859_1), MailLimits.DEFAULT);
  }

  @Test
  void crlfAndLfGiveTheSameMessages() {
    String lf =
        message("From a@b Mon Jul 10 14:06:16 2017", "1")
            + message("From - Tue Jul 11 10:00:00 2017", "2");
    MailRecorder unix = read(lf);
    MailRecorder windows = read(lf.replace("\n", "\r\n"));
    assertEquals(List.of("message 1", "message 2"), unix.order);
    assertEquals(unix.order, windows.order);
    assertEquals(unix.messages.get(1).messageId(), windows.messages.get(1).messageId());
    assertEquals(unix.messages.get(1).position().line(), windows.messages.get(1).position().line());
    assertTrue(
        windows.messages.get(1).position().offset() > unix.messages.get(1).position().offset());
  }

  @Test
  void bareFromLineOfGotYourBackSeparates() {
    MailRecorder read = read(message("From ", "1") + message("From ", "2"));
    assertEquals(List.of("message 1", "message 2"), read.order);
  }

  @Test
  void fromShapedLineFollowedByABlankLineIsBodyText() {
    String text =
        message("From - Mon Jul 10 14:06:16 2017", "1")
            + "From x Mon Jul 10 14:06:16 2017\n\nmore text\n"
            + message("From - Tue Jul 11 10:00:00 2017", "2");
    MailRecorder read = read(text);
    assertEquals(List.of("message 1", "message 2"), read.order);
  }

  @Test
  void fromLineWithoutDateIsBodyTextEvenBeforeAHeaderLikeLine() {
    String text =
        message("From - Mon Jul 10 14:06:16 2017", "1")
            + "From the president:\nSubject: not a header here\n";
    assertEquals(List.of("message 1"), read(text).order);
  }

  @Test
  void textBeforeTheFirstMessageIsOneProblemWithItsLineCount() {
    MailRecorder read =
        read("junk\nmore junk\n\n" + message("From - Mon Jul 10 14:06:16 2017", "1"));
    assertEquals(List.of("problem 1 TEXT_BEFORE_FIRST_MESSAGE", "message 1"), read.order);
    assertEquals("2", read.problems.get(0).detail());
    assertEquals(1, read.problems.get(0).position().line());
    assertEquals(1, read.summary.otherProblems());
  }

  @Test
  void fileWithoutAnyMessageReportsItsText() {
    MailRecorder read = read("just some text\nFrom - Mon Jul 10 14:06:16 2017\n");
    assertEquals(List.of("problem 1 TEXT_BEFORE_FIRST_MESSAGE"), read.order);
    assertEquals("2", read.problems.get(0).detail());
    assertEquals(0, read.summary.messages());
  }

  @Test
  void emptyFileHasNoMessageAndNoProblem() {
    MailRecorder read = read("");
    assertEquals(List.of(), read.order);
    assertEquals(0, read.summary.bytes());
  }

  @Test
  void messageWithoutBodyEndsAtTheNextSeparator() {
    String text =
        "From - Mon Jul 10 14:06:16 2017\nFrom: a@example.org\nDate: Mon, 10 Jul 2017 14:06:16 +0000\n"
            + message("From - Tue Jul 11 10:00:00 2017", "2");
    MailRecorder read = read(text);
    assertEquals(List.of("message 1", "message 2"), read.order);
    assertEquals("", read.messages.get(0).messageId());
  }

  @Test
  void linesLongerThanTheBufferAreSkippedInPieces() {
    String longLine = "A".repeat(100_000);
    String text =
        message("From - Mon Jul 10 14:06:16 2017", "1")
            + longLine
            + "\n"
            + message("From - Tue Jul 11 10:00:00 2017", "2")
            + "From - Wed Jul 12 10:00:00 2017 "
            + longLine
            + "\n"
            + message("From - Thu Jul 13 10:00:00 2017", "3");
    MailRecorder read = MailRecorder.readMbox(text.getBytes(StandardCharsets.US_ASCII), SMALL);
    assertEquals(List.of("message 1", "message 2", "message 3"), read.order);
    assertEquals(text.length(), read.summary.bytes());
  }

  @Test
  void endlessHeaderIsCutAtTheLimitAndStillDelivered() {
    StringBuilder text = new StringBuilder("From - Mon Jul 10 14:06:16 2017\n");
    text.append("From: erika@example.org\nDate: Mon, 10 Jul 2017 14:06:16 +0000\n");
    for (int i = 0; i < 5000; i++) {
      text.append("Received: from relay").append(i).append(".example.net by example.org\n");
    }
    text.append("Message-ID: <late@example.org>\n\nbody\n");
    text.append(message("From - Tue Jul 11 10:00:00 2017", "2"));
    MailRecorder read =
        MailRecorder.readMbox(text.toString().getBytes(StandardCharsets.US_ASCII), SMALL);
    assertEquals(List.of("message 1", "message 2"), read.order);
    MailHeaders cut = read.messages.get(0);
    assertTrue(cut.headerTruncated());
    assertEquals("", cut.messageId(), "the Message-ID lies beyond the limit");
    assertFalse(read.messages.get(1).headerTruncated());
  }

  @Test
  void headerCutBeforeItsFromIsAProblemThatSaysSo() {
    StringBuilder text = new StringBuilder("From - Mon Jul 10 14:06:16 2017\nX-Long: ");
    text.append("x".repeat(50_000)).append("\nFrom: erika@example.org\n\nbody\n");
    MailRecorder read =
        MailRecorder.readMbox(text.toString().getBytes(StandardCharsets.US_ASCII), SMALL);
    assertEquals(List.of("problem 1 NO_FROM"), read.order);
    assertTrue(read.problems.get(0).detail().startsWith("(header cut off)"));
  }
}
