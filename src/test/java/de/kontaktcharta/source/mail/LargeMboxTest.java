package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mailbox past 2 GB, produced on the fly: mime4j's MboxIterator cannot map it, a stream reader
 * must not notice. The test runs with the test JVM's 1 GB heap, so keeping the body would fail.
 */
class LargeMboxTest {

  private static final long BODY_BYTES = (1L << 31) + 50_000_000L;

  /** Message 1 with a body of {@link #BODY_BYTES}, then message 2. */
  private static final class HugeMailbox extends InputStream {
    private final byte[] head = header("From - Mon Jul 10 14:06:16 2017", "first");
    private final byte[] tail = header("From - Tue Jul 11 10:00:00 2017", "second");
    private final byte[] bodyLine = bodyLine();
    private long position;
    private final long total = head.length + BODY_BYTES + tail.length;

    private static byte[] header(String fromLine, String id) {
      return (fromLine
              + "\r\nFrom: erika@example.org\r\nDate: Mon, 10 Jul 2017 14:06:16 +0000\r\nMessage-ID: <"
              + id
              + ">\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
    }

    /** 8192 lines of 76 characters and CRLF, copied over and over. */
    private static byte[] bodyLine() {
      byte[] lines = new byte[78 * 8192];
      Arrays.fill(lines, (byte) 'Q');
      for (int end = 77; end < lines.length; end += 78) {
        lines[end - 1] = '\r';
        lines[end] = '\n';
      }
      return lines;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= total) {
        return -1;
      }
      int n;
      if (position < head.length) {
        n = (int) Math.min(length, head.length - position);
        System.arraycopy(head, (int) position, buffer, offset, n);
      } else if (position < head.length + BODY_BYTES) {
        long inBody = position - head.length;
        int from = (int) (inBody % bodyLine.length);
        n = (int) Math.min(Math.min(length, bodyLine.length - from), BODY_BYTES - inBody);
        System.arraycopy(bodyLine, from, buffer, offset, n);
        // The body ends with a full line so that the separator starts a line.
        if (inBody + n == BODY_BYTES) {
          buffer[offset + n - 2] = '\r';
          buffer[offset + n - 1] = '\n';
        }
      } else {
        int inTail = (int) (position - head.length - BODY_BYTES);
        n = Math.min(length, tail.length - inTail);
        System.arraycopy(tail, inTail, buffer, offset, n);
      }
      position += n;
      return n;
    }
  }

  @Test
  void messageBeyondTwoGigabytesHasItsTrueOffset() throws IOException {
    MailRecorder read = new MailRecorder();
    HugeMailbox mailbox = new HugeMailbox();
    MailReadSummary summary = new MboxReader().read(mailbox, "huge.mbox", read);
    assertEquals(List.of("message 1", "message 2"), read.order);
    MailPosition second = read.messages.get(1).position();
    assertEquals(mailbox.head.length + BODY_BYTES, second.offset());
    assertTrue(second.offset() > Integer.MAX_VALUE);
    assertEquals("second", read.messages.get(1).messageId());
    assertEquals(mailbox.total, summary.bytes());
  }
}
