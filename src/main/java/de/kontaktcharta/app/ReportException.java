package de.kontaktcharta.app;

import java.nio.file.Path;

/**
 * The report or the reasons ledger could not be written; nothing was left behind, and no earlier
 * report or ledger was touched.
 */
public final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path target;

  public ReportException(Path target, Throwable cause) {
    this("the report", target, cause);
  }

  /**
   * @param what what could not be written, e.g. {@code the reasons ledger}
   */
  public ReportException(String what, Path target, Throwable cause) {
    super("could not write " + what + " " + target + ": " + describe(cause), cause);
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
    if (cause instanceof java.nio.file.DirectoryNotEmptyException folder) {
      return "a folder is in the way: " + folder.getFile();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
