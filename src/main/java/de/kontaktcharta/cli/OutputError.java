package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;

/** A file the command was asked to write could not be written (exit code 4). */
final class OutputError extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  OutputError(Message message) {
    super(Wording.of("en").text(message));
    this.message = message;
  }

  /** The error in the given language. */
  String text(Wording words) {
    return words.text(message);
  }
}
