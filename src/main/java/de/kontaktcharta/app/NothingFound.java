package de.kontaktcharta.app;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.util.List;

/**
 * The inputs held no contact and no invitation. No report is written and the ledger is not touched:
 * an empty report would become the previous one, and the next run would call every contact new.
 */
public final class NothingFound extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> errors;

  NothingFound(long filesRead, long filesUnread, List<Problem> problems) {
    super(message(filesRead, filesUnread));
    this.errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** What could not be read, one problem per input: the reasons there was nothing to analyse. */
  public List<Problem> errors() {
    return errors;
  }

  private static String message(long filesRead, long filesUnread) {
    StringBuilder text =
        new StringBuilder("nothing to analyse: the inputs hold no contact and no invitation (");
    text.append(filesRead).append(filesRead == 1 ? " file" : " files").append(" read");
    if (filesUnread > 0) {
      text.append(", ").append(filesUnread).append(" not recognised or unreadable");
    }
    return text.append("); no report written").toString();
  }
}
