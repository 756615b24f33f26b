package de.kontaktcharta.source.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the header block of one message into exactly one outcome for the listener: its headers, a
 * skip, or a problem.
 */
final class MessageInterpreter {

  /** What became of a message. */
  enum Outcome {
    DELIVERED,
    SKIPPED,
    PROBLEM
  }

  /**
   * {@code noreply}, {@code no-reply}, {@code no_reply}, {@code donotreply}, {@code do-not-reply}
   * with anything after them ({@code noreply-billing}), and the bounce senders.
   */
  private static final Pattern NO_REPLY =
      Pattern.compile("(?:no[-_.]?reply|do[-_.]?not[-_.]?reply).*|mailer-daemon|postmaster");

  private final MailListener listener;

  MessageInterpreter(MailListener listener) {
    this.listener = listener;
  }

  Outcome interpret(HeaderBlock block, MailPosition position, OffsetDateTime fromLineDate) {
    HeaderValues values = new HeaderValues();
    HeaderFields.walk(block.bytes(), block.length(), values);
    if (values.fields == 0) {
      // No detail: what stands where the header should be may well be message text.
      return problem(position, MailProblem.Kind.UNPARSEABLE_HEADER, "");
    }
    if (values.deleted) {
      listener.skipped(position, SkipReason.DELETED);
      return Outcome.SKIPPED;
    }
    if (values.from.isEmpty()) {
      String detail = values.rawFrom == null ? "" : values.rawFrom;
      return problem(position, MailProblem.Kind.NO_FROM, truncated(block, detail));
    }
    OffsetDateTime date = MailDates.parse(values.date);
    DateSource source = DateSource.DATE_HEADER;
    if (date == null && fromLineDate != null) {
      date = fromLineDate;
      source = DateSource.FROM_LINE;
    }
    if (date == null) {
      date = receivedDate(block, values);
      source = DateSource.RECEIVED;
    }
    if (date == null) {
      String detail = values.date == null ? "" : values.date;
      return problem(position, MailProblem.Kind.NO_DATE, truncated(block, detail));
    }
    listener.message(headers(block, position, values, date, source));
    return Outcome.DELIVERED;
  }

  private Outcome problem(MailPosition position, MailProblem.Kind kind, String detail) {
    listener.problem(new MailProblem(position, kind, detail));
    return Outcome.PROBLEM;
  }

  private static MailHeaders headers(
      HeaderBlock block,
      MailPosition position,
      HeaderValues values,
      OffsetDateTime date,
      DateSource source) {
    return new MailHeaders(
        position,
        values.from,
        values.sender,
        values.replyTo,
        values.to,
        values.cc,
        values.bcc,
        values.deliveredTo,
        date,
        source,
        values.messageId,
        values.inReplyTo,
        values.references,
        values.gmailThreadId,
        values.subject,
        values.gmailLabels,
        signals(values),
        block.truncated());
  }

  private static Set<BulkSignal> signals(HeaderValues values) {
    Set<BulkSignal> signals = EnumSet.noneOf(BulkSignal.class);
    signals.addAll(values.signals);
    List<MailAddress> senders = new ArrayList<>(values.from);
    if (values.sender != null) {
      senders.add(values.sender);
    }
    for (MailAddress sender : senders) {
      String local = sender.localPart();
      boolean candidate =
          local.contains("reply") || local.endsWith("daemon") || local.equals("postmaster");
      if (candidate && NO_REPLY.matcher(local).matches()) {
        signals.add(BulkSignal.NO_REPLY_SENDER);
      }
    }
    return signals;
  }

  private static OffsetDateTime receivedDate(HeaderBlock block, HeaderValues values) {
    if (values.receivedFrom < 0) {
      return null;
    }
    byte[] value = HeaderFields.unfold(block.bytes(), values.receivedFrom, values.receivedTo);
    String text = HeaderText.decode(value, 0, value.length);
    int semicolon = text.lastIndexOf(';');
    return semicolon < 0 ? null : MailDates.parse(text.substring(semicolon + 1));
  }

  private static String truncated(HeaderBlock block, String detail) {
    return block.truncated() ? "(header cut off) " + detail : detail;
  }
}
