package de.kontaktcharta.cli;

/** A file the command was asked to write could not be written (exit code 4). */
final class OutputError extends Exception {

  private static final long serialVersionUID = 1L;

  OutputError(String message) {
    super(message);
  }
}
