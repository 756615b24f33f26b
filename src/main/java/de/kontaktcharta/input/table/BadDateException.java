package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import java.time.DateTimeException;

/** A text that is no date the tool can read; the message says why in no particular language. */
public final class BadDateException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  BadDateException(Message message) {
    super(message.toString());
    this.message = message;
  }

  BadDateException(Message message, Throwable cause) {
    super(message.toString(), cause);
    this.message = message;
  }

  /** Why a date could not be read: the tool's own reason, or the date library's words. */
  public static Message why(DateTimeException e) {
    return e instanceof BadDateException bad
        ? bad.message
        : Message.of("cause.system", String.valueOf(e.getMessage()));
  }
}
