package de.kontaktcharta.source.mail;

import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.MessageTime;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.InputSink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the mail readers report into message facts and row counts. Every message is one row:
 * used (a fact, however the charter then counts it), or skipped. Damaged messages are listed one by
 * one up to a limit per kind of damage, the rest in one line; messages Thunderbird deleted are one
 * line. The address most messages were delivered to is the mailbox's owner.
 */
final class MailFacts implements MailListener {

  /** Recipients beyond which a mail is a group message (the charter's rule). */
  static final int MAX_PERSONAL_RECIPIENTS = 5;

  /** Damaged messages of one kind listed one by one before the rest share one line. */
  static final int LISTED = 20;

  private final RowCounter counter;
  private final InputSink sink;
  private final Map<MailProblem.Kind, Long> damaged = new EnumMap<>(MailProblem.Kind.class);
  private final Map<String, Integer> deliveredTo = new HashMap<>();
  private long deleted;
  private long messages;

  MailFacts(RowCounter counter, InputSink sink) {
    this.counter = counter;
    this.sink = sink;
  }

  @Override
  public void message(MailHeaders h) {
    MailAddress from = h.from().get(0);
    List<MailAddress> to = h.recipients();
    List<PersonRef> recipients = new ArrayList<>(to.size());
    for (MailAddress address : to) {
      recipients.add(person(address));
    }
    MailPosition p = h.position();
    sink.fact(
        new MessageFact(
            Channel.EMAIL,
            person(from),
            recipients,
            MessageTime.of(h.date()),
            to.size() > MAX_PERSONAL_RECIPIENTS,
            h.bulk(),
            h.threadKey(),
            h.messageId(),
            "",
            SourceRef.message(p.file(), p.number(), p.offset())));
    for (String address : h.deliveredTo()) {
      deliveredTo.merge(address, 1, Integer::sum);
    }
    messages++;
    counter.used();
  }

  private static PersonRef person(MailAddress address) {
    return PersonRef.mailbox(address.name(), address.address());
  }

  @Override
  public void skipped(MailPosition position, SkipReason reason) {
    deleted++;
  }

  @Override
  public void problem(MailProblem problem) {
    MailPosition p = problem.position();
    if (problem.kind() == MailProblem.Kind.TEXT_BEFORE_FIRST_MESSAGE
        || problem.kind() == MailProblem.Kind.NO_MESSAGE) {
      // lines outside any message, or a file without one: no message is lost
      counter.note(Problem.note(lineOf(p), Severity.WARNING, message(problem)));
      return;
    }
    long n = damaged.merge(problem.kind(), 1L, Long::sum);
    if (n <= LISTED) {
      counter.skipped(
          Problem.skippedRow(
              SourceRef.message(p.file(), p.number(), p.offset()), message(problem)));
    }
  }

  private static SourceRef lineOf(MailPosition p) {
    return new SourceRef(p.file(), (int) Math.min(Integer.MAX_VALUE, p.line()));
  }

  /** One line for the damaged messages beyond the listed ones, deleted ones, and the owner. */
  void finish() {
    SourceRef file = SourceRef.wholeFile(counter.file());
    damaged.forEach(
        (kind, n) -> {
          if (n > LISTED) {
            counter.skipped(
                Problem.skippedRows(file, Severity.WARNING, more(kind, n - LISTED), n - LISTED));
          }
        });
    if (deleted > 0) {
      counter.skipped(
          Problem.skippedRows(
              file, Severity.INFO, Message.of("problem.mail-deleted", deleted), deleted));
    }
    deliveredTo.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() * 2L >= messages)
        .ifPresent(e -> sink.owner(PersonRef.mailbox("", e.getKey()), file));
  }

  /**
   * A damaged message, or lines outside any message, with the offending text where there is one.
   */
  private static Message message(MailProblem problem) {
    Message detail =
        problem.detail().isEmpty() ? Message.NONE : Message.of("cause.detail", problem.detail());
    switch (problem.kind()) {
      case UNPARSEABLE_HEADER:
        return Message.of("problem.mail-header-unreadable", detail);
      case NO_FROM:
        return Message.of("problem.mail-without-sender", detail);
      case NO_DATE:
        return Message.of("problem.mail-without-date", detail);
      case TEXT_BEFORE_FIRST_MESSAGE:
        return Message.of("problem.mail-stray-text", problem.detail());
      default:
        return Message.of("problem.mail-without-message", detail);
    }
  }

  /** The line for the messages of one kind beyond the listed ones. */
  private static Message more(MailProblem.Kind kind, long more) {
    switch (kind) {
      case UNPARSEABLE_HEADER:
        return Message.of("problem.mail-header-unreadable.more", more, LISTED);
      case NO_FROM:
        return Message.of("problem.mail-without-sender.more", more, LISTED);
      case NO_DATE:
        return Message.of("problem.mail-without-date.more", more, LISTED);
      default:
        return Message.of("problem.mail-without-message.more", more, LISTED);
    }
  }
}
