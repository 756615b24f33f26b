package de.kontaktcharta.app;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.util.List;

/**
 * The inputs held no contact and no invitation. No report is written and the ledger is not touched:
 * an empty report would become the previous one, and the next run would call every contact new.
 * {@link #message()} says so in no particular language; {@link #getMessage()} in English, for logs.
 */
public final class NothingFound extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> errors;
  private final transient Message message;

  NothingFound(long filesRead, long filesUnread, List<Problem> problems) {
    this(message(filesRead, filesUnread), problems);
  }

  private NothingFound(Message message, List<Problem> problems) {
    super(Wording.of("en").text(message));
    this.message = message;
    this.errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** What could not be read, one problem per input: the reasons there was nothing to analyse. */
  public List<Problem> errors() {
    return errors;
  }

  /** That nothing was found, and how many files were read, for the user's language. */
  public Message message() {
    return message;
  }

  private static Message message(long filesRead, long filesUnread) {
    Message read =
        filesRead == 1
            ? Message.of("error.nothing-found.read-one")
            : Message.of("error.nothing-found.read", filesRead);
    if (filesUnread > 0) {
      read = Message.of("error.nothing-found.unread", read, filesUnread);
    }
    return Message.of("error.nothing-found", read);
  }
}
