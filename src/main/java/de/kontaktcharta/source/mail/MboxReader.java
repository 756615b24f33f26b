package de.kontaktcharta.source.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads the headers of every message of an mbox file in one pass over its bytes, in constant
 * memory: bodies are skipped line by line without being kept, and each header is kept only up to
 * {@link MailLimits#maxHeaderBytes()}. Unlike mime4j's {@code MboxIterator}, which maps the whole
 * file into one buffer and so fails beyond 2 GB, this works on a plain stream of any length. LF and
 * CRLF line ends are both read. See {@link FromLine} for what separates messages.
 */
public final class MboxReader {

  private final MailLimits limits;

  public MboxReader() {
    this(MailLimits.DEFAULT);
  }

  public MboxReader(MailLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads the mailbox and reports each message to the listener. The stream is read to its end but
   * not closed.
   *
   * @param in the mailbox's bytes
   * @param file the display name used in every position
   */
  public MailReadSummary read(InputStream in, String file, MailListener listener)
      throws IOException {
    return new Pass(in, file, listener).run();
  }

  /** The state of one reading; a new one per file. */
  private final class Pass {

    private final ByteLines lines;
    private final String file;
    private final MailListener listener;
    private final MessageInterpreter interpreter;
    private final HeaderBlock header = new HeaderBlock(limits.maxHeaderBytes());
    private final Counts counts = new Counts();

    private boolean inMessage;
    private boolean inHeader;
    private long number;
    private long messageOffset;
    private long messageLine;
    private OffsetDateTime fromLineDate;
    private long strayLines;
    private long firstStrayLine;

    private byte[] pending = new byte[FromLine.MAX_LENGTH];
    private int pendingLength = -1;
    private long pendingOffset;
    private long pendingLine;

    Pass(InputStream in, String file, MailListener listener) {
      this.lines = new ByteLines(in, limits.bufferBytes());
      this.file = Objects.requireNonNull(file, "file");
      this.listener = Objects.requireNonNull(listener, "listener");
      this.interpreter = new MessageInterpreter(listener);
    }

    MailReadSummary run() throws IOException {
      while (true) {
        if (inMessage && !inHeader && pendingLength < 0) {
          lines.skipLinesNotStartingWithFrom();
        }
        if (!lines.next()) {
          break;
        }
        if (pendingLength >= 0) {
          resolvePending();
        }
        if (lines.lineStart
            && FromLine.isSeparator(lines.buffer(), lines.start, lines.contentEnd())) {
          holdPending();
        } else {
          take();
        }
      }
      if (pendingLength >= 0 && !inMessage) {
        countStray(pendingLine); // a From_ line at the very end starts no message
      }
      finishMessage();
      if (number == 0) {
        reportStrayLines();
      }
      return counts.summary(file, lines.consumed());
    }

    /** A separator candidate only counts when a header line follows it. */
    private void resolvePending() {
      boolean header =
          lines.lineStart && FromLine.opensHeader(lines.buffer(), lines.start, lines.contentEnd());
      if (header) {
        finishMessage();
        startMessage();
      } else if (!inMessage) {
        countStray(pendingLine);
      }
      pendingLength = -1;
    }

    private void holdPending() {
      int length = Math.min(lines.contentEnd() - lines.start, pending.length);
      System.arraycopy(lines.buffer(), lines.start, pending, 0, length);
      pendingLength = length;
      pendingOffset = lines.offset();
      pendingLine = lines.line();
    }

    private void startMessage() {
      if (number == 0) {
        reportStrayLines();
      }
      inMessage = true;
      inHeader = true;
      number++;
      messageOffset = pendingOffset;
      messageLine = pendingLine;
      fromLineDate = FromLine.date(FromLine.text(pending, 0, pendingLength));
      header.clear();
    }

    private void take() {
      if (!inMessage) {
        if (lines.lineStart && !lines.blank()) {
          countStray(lines.line());
        }
      } else if (inHeader) {
        if (lines.blank()) {
          inHeader = false;
        } else {
          header.append(lines.buffer(), lines.start, lines.contentEnd(), lines.complete);
        }
      }
    }

    private void finishMessage() {
      if (!inMessage) {
        return;
      }
      MailPosition position = new MailPosition(file, number, messageOffset, messageLine);
      counts.add(interpreter.interpret(header, position, fromLineDate));
      inMessage = false;
    }

    private void countStray(long line) {
      strayLines++;
      firstStrayLine = firstStrayLine == 0 ? line : firstStrayLine;
    }

    private void reportStrayLines() {
      if (strayLines > 0) {
        counts.otherProblems++;
        MailPosition position = new MailPosition(file, 1, 0, firstStrayLine);
        listener.problem(
            new MailProblem(
                position, MailProblem.Kind.TEXT_BEFORE_FIRST_MESSAGE, Long.toString(strayLines)));
      }
    }
  }

  /** Tallies of one pass. */
  private static final class Counts {
    private final long[] outcomes = new long[MessageInterpreter.Outcome.values().length];
    private long otherProblems;

    void add(MessageInterpreter.Outcome outcome) {
      outcomes[outcome.ordinal()]++;
    }

    MailReadSummary summary(String file, long bytes) {
      long delivered = outcomes[MessageInterpreter.Outcome.DELIVERED.ordinal()];
      long skipped = outcomes[MessageInterpreter.Outcome.SKIPPED.ordinal()];
      long problems = outcomes[MessageInterpreter.Outcome.PROBLEM.ordinal()];
      return new MailReadSummary(
          file, Arrays.stream(outcomes).sum(), delivered, skipped, problems, otherProblems, bytes);
    }
  }
}
