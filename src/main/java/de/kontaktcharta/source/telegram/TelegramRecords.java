package de.kontaktcharta.source.telegram;

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
 * Turns what the Telegram reader finds into facts, the owner, links and row counts. In a personal
 * chat the chat's id is the other person: their messages went to the owner, the others' came from
 * the owner. When the export does not name the owner (a single chat), the owner is the first one
 * met writing in a personal chat who is not its person; the other person's messages before that are
 * held until then.
 */
final class TelegramRecords implements TelegramSink {

  /** The HTML export is not read: the whole file is one row not used. */
  private static final String HTML = "telegram-html-export";

  private final RowCounter counter;
  private final InputSink sink;
  private final List<TelegramMessage> waiting = new ArrayList<>();
  private PersonRef owner;

  TelegramRecords(RowCounter counter, InputSink sink) {
    this.counter = counter;
    this.sink = sink;
  }

  @Override
  public void owner(TelegramOwner o) {
    List<String> handles = new ArrayList<>();
    handles.add(user(o.userId()));
    if (!o.username().isEmpty()) {
      handles.add("telegram:" + o.username());
    }
    owner =
        new PersonRef(
            o.firstName(),
            o.lastName(),
            "",
            "",
            "",
            List.of(),
            List.of(),
            phones(o.phone()),
            handles);
    sink.owner(owner, o.source());
  }

  @Override
  public void contact(TelegramContact c) {
    if (!c.userId().isEmpty() && !c.phone().isEmpty()) {
      sink.alias(
          new PersonRef(
              c.firstName(),
              c.lastName(),
              "",
              "",
              "",
              List.of(),
              List.of(),
              phones(c.phone()),
              List.of(user(c.userId()))),
          c.source());
    }
  }

  @Override
  public void message(TelegramMessage m) {
    if (!m.chat().type().oneToOne()) {
      fact(m, person(m.senderId(), m.senderName()), List.of(), true);
      return;
    }
    if (owner == null && !m.fromCounterpart()) {
      owner = person(m.senderId(), m.senderName());
      sink.owner(owner, m.source());
    }
    if (owner == null) {
      waiting.add(m);
      return;
    }
    flush();
    personal(m);
  }

  private void personal(TelegramMessage m) {
    PersonRef other = person(m.chat().id(), m.chat().name());
    if (m.fromCounterpart()) {
      fact(m, other, List.of(owner), false);
    } else {
      fact(m, person(m.senderId(), m.senderName()), List.of(other), false);
    }
  }

  private void flush() {
    waiting.forEach(this::personal);
    waiting.clear();
  }

  private void fact(TelegramMessage m, PersonRef sender, List<PersonRef> to, boolean group) {
    MessageTime time =
        m.sentAt() != null ? MessageTime.of(m.sentAt()) : MessageTime.local(m.localTime());
    // the same chat in a whole-account export and in its own counts once
    String id = m.messageId().isEmpty() ? "" : m.chat().id() + "#" + m.messageId();
    sink.fact(
        new MessageFact(
            Channel.TELEGRAM, sender, to, time, group, false, m.chat().id(), id, "", m.source()));
    counter.used();
  }

  @Override
  public void problem(Problem p) {
    if (p.rowSkipped()) {
      counter.skipped(p);
    } else if (p.code().equals(HTML)) {
      // said as a note, but it stands for an entry that is not used
      counter.skipped(Problem.skippedRows(p.source(), p.severity(), p.message(), 1));
    } else {
      counter.note(p);
    }
  }

  /**
   * The other person's messages of chats where the owner never wrote go to nobody known; the
   * messages of channels, bots and saved messages and Telegram's notices are one line.
   */
  void finish(TelegramFileSummary summary) {
    for (TelegramMessage m : waiting) {
      fact(m, person(m.chat().id(), m.chat().name()), List.of(), false);
    }
    waiting.clear();
    if (summary.noEvidence() > 0) {
      counter.skipped(
          Problem.skippedRows(
              SourceRef.wholeFile(counter.file()),
              Severity.INFO,
              Message.of("problem.telegram-no-exchange", summary.noEvidence()),
              summary.noEvidence()));
    }
  }

  /** A Telegram user by number and, where the export gives it, the name the owner sees. */
  private static PersonRef person(String id, String name) {
    return new PersonRef("", "", name, "", "", List.of(), List.of(), List.of(), List.of(user(id)));
  }

  private static String user(String id) {
    return id.chars().allMatch(Character::isDigit) ? "telegram:user" + id : "telegram:" + id;
  }

  private static List<String> phones(String phone) {
    return phone.isEmpty() ? List.of() : List.of(phone);
  }
}
