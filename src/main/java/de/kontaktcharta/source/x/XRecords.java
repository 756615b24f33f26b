package de.kontaktcharta.source.x;

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
 * Turns what the archive's readers find into facts, owners, links and row counts. Every record is a
 * row: a direct message, an account named in a post, the owner, a follower. Followers are read and
 * listed in one line, because following each other is no exchange.
 */
final class XRecords implements XSink {

  /** The pre-2019 archive holds no direct messages: the whole file is one row not used. */
  private static final String OLD_ARCHIVE = "x-old-tweet-archive";

  private final RowCounter counter;
  private final InputSink sink;
  private final XHandleBook book = new XHandleBook();
  private long follows;

  XRecords(RowCounter counter, InputSink sink) {
    this.counter = counter;
    this.sink = sink;
  }

  @Override
  public void account(XAccount account) {
    sink.owner(owner(account), account.source());
    counter.used();
  }

  @Override
  public void manifest(XManifest manifest) {
    if (manifest.owner() != null) {
      sink.owner(owner(manifest.owner()), manifest.source());
    }
    counter.used();
  }

  @Override
  public void directMessage(XDirectMessage m) {
    List<PersonRef> recipients = new ArrayList<>(m.recipientIds().size());
    m.recipientIds().forEach(id -> recipients.add(account(id)));
    sink.fact(
        new MessageFact(
            Channel.X,
            account(m.senderId()),
            recipients,
            MessageTime.of(m.sentAt()),
            m.group(),
            false,
            m.conversationId(),
            m.messageId(),
            "",
            m.source()));
    counter.used();
  }

  @Override
  public void mention(XMention mention) {
    book.add(mention);
    counter.used();
  }

  @Override
  public void follow(XFollow follow) {
    follows++;
  }

  @Override
  public void problem(Problem p) {
    if (p.rowSkipped()) {
      counter.skipped(p);
    } else if (p.code().equals(OLD_ARCHIVE)) {
      // said as a note, but it stands for an entry that is not used
      counter.skipped(Problem.skippedRows(p.source(), p.severity(), p.message(), 1));
    } else {
      counter.note(p);
    }
  }

  /** Passes on the links the file's posts made, and the line for its followers. */
  void finish() {
    SourceRef whole = SourceRef.wholeFile(counter.file());
    for (XHandleBook.Entry e : book.entries()) {
      List<String> handles = new ArrayList<>();
      handles.add(idHandle(e.userId()));
      e.handles().forEach(h -> handles.add("x:@" + h));
      sink.alias(
          new PersonRef("", "", e.name(), "", "", List.of(), List.of(), List.of(), handles), whole);
    }
    if (follows > 0) {
      counter.skipped(
          Problem.skippedRows(
              whole, Severity.INFO, Message.of("problem.x-following", follows), follows));
    }
  }

  /** The owner: display name, e-mail address, handle and account number. */
  static PersonRef owner(XAccount a) {
    List<String> handles = new ArrayList<>();
    handles.add(idHandle(a.accountId()));
    if (!a.handle().isEmpty()) {
      handles.add("x:" + a.handle());
    }
    List<String> emails = a.email().isEmpty() ? List.of() : List.of(a.email());
    return new PersonRef("", "", a.displayName(), "", "", emails, List.of(), List.of(), handles);
  }

  /** An account known by its number only, as direct messages name people. */
  static PersonRef account(String id) {
    return new PersonRef(
        "", "", "", "", "", List.of(), List.of(), List.of(), List.of(idHandle(id)));
  }

  private static String idHandle(String id) {
    return "x:id:" + id;
  }
}
