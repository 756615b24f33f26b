package de.kontaktcharta.cli;

import de.kontaktcharta.model.Message;

/** A file the command was asked to write could not be written (exit code 4). */
final class OutputError extends WordedError {

  private static final long serialVersionUID = 1L;

  OutputError(Message message) {
    super(message);
  }
}
