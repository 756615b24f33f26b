package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;

/**
 * An error of the command that the product says in its own words: a {@link Message}, put into the
 * language of {@code --lang} when it is printed (its exception message is the English text).
 */
abstract class WordedError extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  WordedError(Message message) {
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
