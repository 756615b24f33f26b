package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in a Mastodon archive file the user should know about.
 *
 * @param source file and line (Mastodon writes the outbox on one line: the message names the item)
 * @param severity how serious
 * @param text what was found, as a text key {@code problem.mastodon-…} with its values
 * @param skipped true when an item was not used because of it
 */
public record MastodonProblem(SourceRef source, Severity severity, Message text, boolean skipped) {

  /** How serious a problem is. */
  public enum Severity {
    /** Worth knowing; nothing is lost. */
    INFO,
    /** An item was not used, or something looks wrong. */
    WARNING,
    /** The file, or the rest of it, could not be read. */
    ERROR
  }

  public MastodonProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
    if (Problem.codeOf(text.key()).isEmpty()) {
      throw new IllegalArgumentException("not a problem's text: " + text);
    }
  }

  /** The stable short code, e.g. {@code mastodon-bad-date}: the key without its variant. */
  public String code() {
    return Problem.codeOf(text.key());
  }
}
