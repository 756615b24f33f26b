package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in a Telegram export the user should know about.
 *
 * @param source file and line
 * @param severity how serious
 * @param text what was found, as a text key {@code problem.telegram-…} with its values
 * @param skipped true when a message (or other entry) was not used because of it
 */
public record TelegramProblem(SourceRef source, Severity severity, Message text, boolean skipped) {

  /** How serious a problem is. */
  public enum Severity {
    /** Worth knowing; nothing is lost. */
    INFO,
    /** An entry was not used, or something looks wrong. */
    WARNING,
    /** The file, or the rest of it, could not be read. */
    ERROR
  }

  public TelegramProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
    if (Problem.codeOf(text.key()).isEmpty()) {
      throw new IllegalArgumentException("not a problem's text: " + text);
    }
  }

  /** The stable short code, e.g. {@code telegram-bad-date}: the key without its variant. */
  public String code() {
    return Problem.codeOf(text.key());
  }
}
