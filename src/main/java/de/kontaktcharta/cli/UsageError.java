package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;

/**
 * A command-line value that parses but makes no sense (exit code 2). What the product says in its
 * own words comes as a {@link Message}, put into {@code --lang} when printed; the checks of option
 * values say it in English, as picocli does.
 */
final class UsageError extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  UsageError(Message message) {
    super(Wording.of("en").text(message));
    this.message = message;
  }

  Message message() {
    return message;
  }

  /** The error in the given language. */
  String text(Wording words) {
    return words.text(message);
  }
}
