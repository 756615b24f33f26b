package de.kontaktcharta.source.whatsapp;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.MessageTime;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a WhatsApp chat as messages: every message an author sent (text, media, a deleted one, a
 * call) is a row and becomes a message fact; WhatsApp's own lines are no messages. Whether the chat
 * is a group and who its authors are is known only at its end, so the chat's messages are held
 * until then (an export holds at most some 40,000). In a one-to-one chat the other side of each
 * message is the other author, or the chat's title when only one side wrote; the author who is not
 * the title is the owner.
 */
final class WhatsAppReader implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("sender", "check.source.chat-sender", -1),
        new ColumnUse("date", "check.source.chat-date", -1),
        new ColumnUse("other side", "check.source.chat-other-side", -1),
        new ColumnUse("group", "check.source.chat-group", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    String file = counter.file();
    ChatSource source = new ChatSource(file, title(file));
    Held held = new Held(counter);
    ChatSummary summary;
    try (InputStream in = detection.file().open()) {
      summary = new ChatReader().read(in, source, held);
    }
    Set<String> authors = summary.authors();
    if (!summary.group()) {
      owner(source.title(), authors).ifPresent(o -> sink.owner(o, SourceRef.wholeFile(file)));
    }
    for (ChatMessage m : held.messages) {
      sink.fact(
          new MessageFact(
              Channel.WHATSAPP,
              ChatPeople.person(m.author()),
              others(m.author(), authors, source.title()),
              MessageTime.local(m.time()),
              summary.group(),
              false,
              file,
              "",
              "",
              new SourceRef(file, m.line())));
      counter.used();
    }
  }

  /** The title in the entry's name, else in the archive's ({@code WhatsApp Chat - NAME.zip}). */
  private static String title(String file) {
    int bang = file.lastIndexOf('!');
    String title = ChatTitle.fromFileName(file.substring(bang + 1));
    return title == null && bang > 0 ? ChatTitle.fromFileName(file.substring(0, bang)) : title;
  }

  /** Of a one-to-one chat's two authors, the one who is not its title is the owner. */
  static java.util.Optional<PersonRef> owner(String title, Set<String> authors) {
    if (title == null || authors.size() != 2) {
      return java.util.Optional.empty();
    }
    List<String> both = new ArrayList<>(authors);
    boolean first = ChatPeople.same(both.get(0), title);
    boolean second = ChatPeople.same(both.get(1), title);
    if (first == second) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(ChatPeople.person(both.get(first ? 1 : 0)));
  }

  /** The other side of a message: the chat's other authors, else its title. */
  static List<PersonRef> others(String author, Set<String> authors, String title) {
    List<PersonRef> others = new ArrayList<>(Math.max(1, authors.size() - 1));
    for (String other : authors) {
      if (!other.equals(author)) {
        others.add(ChatPeople.person(other));
      }
    }
    if (others.isEmpty() && title != null && !ChatPeople.same(author, title)) {
      others.add(ChatPeople.person(title));
    }
    return others;
  }

  /** Keeps a chat's messages until its end; lines that cannot be used are reported at once. */
  private static final class Held implements ChatListener {
    private final RowCounter counter;
    final List<ChatMessage> messages = new ArrayList<>();

    Held(RowCounter counter) {
      this.counter = counter;
    }

    @Override
    public void message(ChatMessage message) {
      if (message.sentByAuthor()) {
        messages.add(message);
      }
    }

    @Override
    public void problem(ChatProblem problem) {
      SourceRef at = new SourceRef(problem.file(), Math.max(1, problem.line()));
      switch (problem.kind()) {
        case INVALID_DATE:
          counter.skipped(
              Problem.skippedRow(at, Message.of("problem.chat-bad-date", problem.detail())));
          break;
        case TEXT_BEFORE_FIRST_MESSAGE:
          counter.note(
              Problem.note(
                  at, Severity.WARNING, Message.of("problem.chat-stray-text", problem.detail())));
          break;
        default:
          // a chat without a dated line: the kind's empty note says so
          break;
      }
    }
  }
}
