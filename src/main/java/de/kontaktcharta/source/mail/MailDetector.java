package de.kontaktcharta.source.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises mail files by their first bytes, never by their name: Thunderbird's mbox files have no
 * extension, Apple Mail's exported mailbox is a file called {@code mbox}, and Takeout's names are
 * localised. A few KB are enough; the whole head is used when more is given.
 */
public final class MailDetector {

  /** How many bytes callers should pass at least. */
  public static final int HEAD_BYTES = 8 * 1024;

  private static final byte[] MORK = "// <!-- <mdb:mork".getBytes(StandardCharsets.US_ASCII);

  /** Fields that open real messages; a file must start with two of them to be a message. */
  private static final Set<String> MESSAGE_FIELDS =
      Set.of(
          "received",
          "return-path",
          "delivered-to",
          "from",
          "to",
          "cc",
          "date",
          "subject",
          "message-id",
          "mime-version",
          "content-type",
          "reply-to",
          "sender",
          "in-reply-to",
          "references",
          "dkim-signature",
          "authentication-results",
          "x-mozilla-status",
          "x-mozilla-status2",
          "x-gm-thrid",
          "x-gmail-labels",
          "x-mailer",
          "user-agent",
          "thread-topic",
          "thread-index");

  private static final Set<String> DECISIVE_FIELDS =
      Set.of("received", "from", "date", "message-id", "return-path", "delivered-to");

  private MailDetector() {}

  /** The format of a file starting with these bytes, or empty when it is no mail file. */
  public static Optional<MailFormat> detect(byte[] head, int length) {
    int start =
        startsWith(head, length, 0, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}) ? 3 : 0;
    if (startsWith(head, length, start, MORK)) {
      return Optional.of(MailFormat.MORK_INDEX);
    }
    int firstEnd = lineEnd(head, start, length);
    int secondStart = Math.min(firstEnd + 1, length);
    if (FromLine.isSeparator(head, start, trimCr(head, start, firstEnd))
        && FromLine.opensHeader(
            head, secondStart, trimCr(head, secondStart, lineEnd(head, secondStart, length)))) {
      return Optional.of(MailFormat.MBOX);
    }
    if (isByteCount(head, start, trimCr(head, start, firstEnd))
        && isMessageHeader(head, secondStart, length)) {
      return Optional.of(MailFormat.EMLX);
    }
    if (isMessageHeader(head, start, length)) {
      return Optional.of(MailFormat.EML);
    }
    return Optional.empty();
  }

  /**
   * True when the bytes open with a header section: only field lines and folded lines up to the
   * first blank line (or the end of the head), among them at least two fields that open real
   * messages, one of them From, Date, Message-ID or a trace field.
   */
  private static boolean isMessageHeader(byte[] head, int from, int length) {
    int known = 0;
    boolean decisive = false;
    int i = from;
    while (i < length) {
      int end = lineEnd(head, i, length);
      int content = trimCr(head, i, end);
      if (content == i) {
        break;
      }
      boolean lastPartial = end == length;
      if (head[i] != ' ' && head[i] != '\t') {
        int colon = indexOf(head, i, content, (byte) ':');
        if (colon < 0 || !FromLine.isHeaderField(head, i, content)) {
          if (!lastPartial) {
            return false;
          }
        } else {
          String name =
              new String(head, i, colon - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
          known += MESSAGE_FIELDS.contains(name) ? 1 : 0;
          decisive |= DECISIVE_FIELDS.contains(name);
        }
      } else if (i == from) {
        return false;
      }
      i = end + 1;
    }
    return known >= 2 && decisive;
  }

  private static boolean isByteCount(byte[] head, int from, int to) {
    int i = from;
    while (i < to && head[i] == ' ') {
      i++;
    }
    if (i == to || to - i > 12) {
      return false;
    }
    for (; i < to; i++) {
      if (head[i] < '0' || head[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int length, int from, byte[] prefix) {
    if (length - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(byte[] head, int from, int length) {
    int at = indexOf(head, from, length, (byte) '\n');
    return at < 0 ? length : at;
  }

  private static int trimCr(byte[] head, int from, int end) {
    return end > from && head[end - 1] == '\r' ? end - 1 : end;
  }

  private static int indexOf(byte[] head, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (head[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
