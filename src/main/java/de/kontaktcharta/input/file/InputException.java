package de.kontaktcharta.input.file;

import de.kontaktcharta.model.Message;
import java.io.IOException;

/**
 * An input could not be read, for a reason the tool itself found (a limit, a format it does not
 * read, a damaged part); the message is put into the user's language where it is shown.
 */
public class InputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  public InputException(Message message) {
    super(message.toString());
    this.message = message;
  }

  public InputException(Message message, Throwable cause) {
    super(message.toString(), cause);
    this.message = message;
  }

  /** What went wrong, in no particular language. */
  public Message message() {
    return message;
  }
}
