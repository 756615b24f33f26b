package de.kontaktcharta.source.meta;

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
import java.util.List;

/**
 * Turns the messages of a thread file into message facts and row counts. Every message object is a
 * row: sent messages, calls and messages taken back are facts; Meta's notices (someone joined or
 * left) and the messages of deleted accounts, whose name several people share, are rows listed in
 * one line each.
 */
final class MetaRecords implements MetaSink<MetaMessage> {

  private final RowCounter counter;
  private final InputSink sink;
  private final MetaPlatform platform;
  private long notices;
  private long deleted;

  MetaRecords(RowCounter counter, InputSink sink, MetaPlatform platform) {
    this.counter = counter;
    this.sink = sink;
    this.platform = platform;
  }

  @Override
  public void accept(MetaMessage m) {
    if (m.kind() == MetaMessageKind.MEMBERSHIP || m.kind() == MetaMessageKind.OTHER) {
      notices++;
      return;
    }
    if (MetaNames.deletedAccount(m.sender())) {
      deleted++;
      return;
    }
    List<PersonRef> to = new ArrayList<>(m.recipients().size());
    for (String name : m.recipients()) {
      if (!MetaNames.deletedAccount(name)) {
        to.add(PersonRef.named(name));
      }
    }
    MetaPlatform where = m.platform() == MetaPlatform.UNKNOWN ? platform : m.platform();
    sink.fact(
        new MessageFact(
            where == MetaPlatform.INSTAGRAM ? Channel.INSTAGRAM : Channel.FACEBOOK,
            PersonRef.named(m.sender()),
            to,
            MessageTime.of(m.sentAt()),
            m.group(),
            false,
            m.conversationKey(),
            // a thread read from two downloads counts once: nobody sends two messages to the
            // same people in one millisecond
            m.sender() + "|" + m.sentAt().toEpochMilli() + "|" + String.join(",", m.recipients()),
            "",
            m.source()));
    counter.used();
  }

  @Override
  public void problem(Problem p) {
    if (p.rowSkipped()) {
      counter.skipped(p);
    } else {
      counter.note(p);
    }
  }

  /** The lines for the rows that are no messages between people. */
  void finish() {
    SourceRef whole = SourceRef.wholeFile(counter.file());
    if (notices > 0) {
      counter.skipped(
          Problem.skippedRows(
              whole, Severity.INFO, Message.of("problem.meta-no-exchange", notices), notices));
    }
    if (deleted > 0) {
      counter.skipped(
          Problem.skippedRows(
              whole, Severity.INFO, Message.of("problem.meta-deleted-account", deleted), deleted));
    }
  }
}
