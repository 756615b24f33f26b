package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads the messages file ({@code data/messages-backend/files/<hash>.csv}): six columns, no header;
 * a conversation row ({@code subject, started, "Name1,Name2", "", "", ""}) followed by its message
 * rows ({@code "", "", "", sender, sent, text}). Message texts are parsed past and never kept.
 * Conversations are handed on when they end, so memory holds one conversation (without texts) at a
 * time.
 */
public final class XingMessagesReader {

  /** Messages of one conversation held back at most; real conversations are far shorter. */
  static final int MAX_PENDING = 50_000;

  private final int maxPending;
  private final int maxRecordChars;

  public XingMessagesReader() {
    this(MAX_PENDING, CsvRecords.MAX_RECORD_CHARS);
  }

  XingMessagesReader(int maxPending, int maxRecordChars) {
    this.maxPending = maxPending;
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Reads the whole stream (without closing it) and hands every message to the sink. Never throws:
   * bad rows and a failing stream become problems.
   *
   * @param file the display name used in every source reference
   */
  public XingReadSummary read(InputStream in, String file, XingSink<XingMessage> sink) {
    Tally<XingMessage> tally = new Tally<>(sink, file);
    ConversationBlock block = null;
    int line = 0;
    try {
      CsvRecords records = CsvRecords.open(in, file, MessageRow::starts, maxRecordChars);
      CsvLine csv;
      while ((csv = records.next(tally)) != null) {
        line = csv.line();
        if (csv.blank()) {
          tally.empty(line);
          continue;
        }
        block = row(csv, file, block, tally);
      }
    } catch (IOException | RuntimeException e) {
      tally.problem(ReadFailure.of(file, line, e));
    }
    if (block != null) {
      block.close(tally);
    }
    return tally.finish();
  }

  /** Reads one row; returns the conversation that goes on after it. */
  private ConversationBlock row(
      CsvLine csv, String file, ConversationBlock block, Tally<XingMessage> tally) {
    SourceRef at = new SourceRef(file, csv.line());
    MessageRow row = MessageRow.of(csv.values());
    switch (row.shape()) {
      case MALFORMED -> {
        tally.problem(
            Problem.skippedRow(
                at,
                csv.lastLine() > csv.line()
                    ? Message.of(
                        "problem.xing-bad-row.lines",
                        String.valueOf(csv.line()),
                        String.valueOf(csv.lastLine()),
                        csv.values().size())
                    : Message.of(
                        "problem.xing-bad-row", String.valueOf(csv.line()), csv.values().size())));
        return block;
      }
      case CONVERSATION, BOTH -> {
        if (block != null) {
          block.close(tally);
        }
        block = ConversationBlock.of(row, at, maxPending);
        if (!row.started().isBlank() && XingTime.parse(row.started()).isEmpty()) {
          tally.problem(
              Problem.note(at, Severity.INFO, Message.of("problem.xing-bad-date.conversation")));
        }
        tally.used();
        if (row.shape() == MessageRow.Shape.CONVERSATION) {
          return block;
        }
        tally.problem(
            Problem.note(at, Severity.INFO, Message.of("problem.xing-conversation-with-message")));
        message(row, at, block, tally, true);
        return block;
      }
      default -> {
        if (block == null) {
          block = ConversationBlock.orphans(at, maxPending);
          tally.problem(
              Problem.note(at, Severity.WARNING, Message.of("problem.xing-no-conversation")));
        }
        message(row, at, block, tally, false);
        return block;
      }
    }
  }

  /**
   * Reads the message half of a row.
   *
   * @param rowUsed true when the row is already counted as used (it also started a conversation),
   *     so a bad message is a note rather than a skipped row
   */
  private static void message(
      MessageRow row,
      SourceRef at,
      ConversationBlock block,
      Tally<XingMessage> tally,
      boolean rowUsed) {
    String sender = XingText.name(row.sender());
    Optional<XingTime> sent = XingTime.parse(row.sent());
    Message bad =
        sender.isEmpty()
            ? Message.of("problem.xing-no-sender")
            : sent.isPresent()
                ? null
                : row.sent().isBlank()
                    ? Message.of("problem.xing-bad-date.no-message-date")
                    : Message.of("problem.xing-bad-date.message");
    if (bad != null) {
      tally.problem(new Problem(at, Severity.WARNING, bad, !rowUsed));
      return;
    }
    if (!rowUsed) {
      tally.used();
    }
    block.add(sender, sent.get(), at, tally);
  }
}
