package de.kontaktcharta.report;

import de.kontaktcharta.model.Message;
import java.io.IOException;

/**
 * Every report name of the day is taken; {@link #message()} says so in no particular language,
 * {@link #getMessage()} in the key form, for logs.
 */
public final class NoFreeNameException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  NoFreeNameException(Message message) {
    super(message.toString());
    this.message = message;
  }

  /** Which name is the last one, for the user's language. */
  public Message message() {
    return message;
  }
}
