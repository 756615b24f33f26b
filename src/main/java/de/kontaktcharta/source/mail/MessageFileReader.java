package de.kontaktcharta.source.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Reads the header of a single message file: an {@code .eml} (RFC 5322, as mail programs save a
 * message) or Apple Mail's {@code .emlx} (a line with the message's byte count, the message, then a
 * property list). Only the header is read; the rest of the stream is left unread.
 */
public final class MessageFileReader {

  private final MailLimits limits;

  public MessageFileReader() {
    this(MailLimits.DEFAULT);
  }

  public MessageFileReader(MailLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Reads an {@code .eml} file; a leading mbox From_ line is allowed and gives a fallback date. */
  public MailReadSummary readEml(InputStream in, String file, MailListener listener)
      throws IOException {
    return readMessage(new ByteLines(in, limits.bufferBytes()), file, listener, false);
  }

  /** Reads an {@code .emlx} file: the byte count line, then the message's header. */
  public MailReadSummary readEmlx(InputStream in, String file, MailListener listener)
      throws IOException {
    return readMessage(new ByteLines(in, limits.bufferBytes()), file, listener, true);
  }

  private MailReadSummary readMessage(
      ByteLines lines, String file, MailListener listener, boolean countLine) throws IOException {
    Objects.requireNonNull(file, "file");
    long offset = 0;
    long line = 1;
    OffsetDateTime fromLineDate = null;
    boolean more = lines.next();
    if (countLine) {
      if (!more || !isByteCount(lines)) {
        return noMessage(file, listener, lines);
      }
      more = lines.next();
      offset = more ? lines.offset() : 0;
      line = 2;
    }
    if (more
        && lines.lineStart
        && FromLine.isSeparator(lines.buffer(), lines.start, lines.contentEnd())) {
      fromLineDate = FromLine.date(FromLine.text(lines.buffer(), lines.start, lines.contentEnd()));
      more = lines.next();
    }
    HeaderBlock header = new HeaderBlock(limits.maxHeaderBytes());
    while (more && !lines.blank()) {
      header.append(lines.buffer(), lines.start, lines.contentEnd(), lines.complete);
      more = lines.next();
    }
    if (header.length() == 0) {
      return noMessage(file, listener, lines);
    }
    MailPosition position = new MailPosition(file, 1, offset, line);
    MessageInterpreter.Outcome outcome =
        new MessageInterpreter(listener).interpret(header, position, fromLineDate);
    return new MailReadSummary(
        file,
        1,
        outcome == MessageInterpreter.Outcome.DELIVERED ? 1 : 0,
        outcome == MessageInterpreter.Outcome.SKIPPED ? 1 : 0,
        outcome == MessageInterpreter.Outcome.PROBLEM ? 1 : 0,
        0,
        lines.consumed());
  }

  private static boolean isByteCount(ByteLines lines) {
    String text = FromLine.text(lines.buffer(), lines.start, lines.contentEnd()).strip();
    return !text.isEmpty() && text.length() <= 12 && text.chars().allMatch(Character::isDigit);
  }

  private static MailReadSummary noMessage(String file, MailListener listener, ByteLines lines) {
    listener.problem(
        new MailProblem(new MailPosition(file, 1, 0, 1), MailProblem.Kind.NO_MESSAGE, ""));
    return new MailReadSummary(file, 0, 0, 0, 0, 1, lines.consumed());
  }
}
