package de.kontaktcharta.cli;

/** A command-line value that parses but makes no sense (exit code 2). */
final class UsageError extends Exception {

  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
