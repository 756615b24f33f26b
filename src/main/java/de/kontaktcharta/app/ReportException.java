package de.kontaktcharta.app;

import java.nio.file.Path;

/** The report could not be written; nothing was left behind, and no earlier report was touched. */
public final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path target;

  public ReportException(Path target, Throwable cause) {
    super("could not write the report " + target + ": " + describe(cause), cause);
    this.target = target;
  }

  public Path target() {
    return target;
  }

  private static String describe(Throwable cause) {
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "folder not found";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
