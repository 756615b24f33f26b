package de.kontaktcharta.cli;

import de.kontaktcharta.model.Message;

/** A command-line value that parses but makes no sense (exit code 2). */
final class UsageError extends WordedError {

  private static final long serialVersionUID = 1L;

  UsageError(Message message) {
    super(message);
  }
}
