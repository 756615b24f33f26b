package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.Message;
import java.util.Objects;

/**
 * Something in an LDIF file that could not be read as written.
 *
 * @param line the 1-based physical line where it starts
 * @param message what is wrong, as a text key with its values
 */
public record LdifProblem(int line, Message message) {

  public LdifProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "line " + line + ": " + message.key() + " " + message.args();
  }
}
