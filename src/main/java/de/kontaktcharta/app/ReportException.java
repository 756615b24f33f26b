package de.kontaktcharta.app;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.report.Labels;
import de.kontaktcharta.report.NoFreeNameException;
import java.nio.file.Path;

/**
 * The report or the reasons ledger could not be written; nothing was left behind, and no earlier
 * report or ledger was touched. {@link #message()} says so in no particular language; {@link
 * #getMessage()} in English, for logs.
 */
public final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path target;
  private final transient Message message;

  public ReportException(Path target, Throwable cause) {
    this(Message.of("error.what.report"), target, cause);
  }

  /**
   * @param what what could not be written, e.g. {@code Message.of("error.what.ledger")}
   */
  public ReportException(Message what, Path target, Throwable cause) {
    super(Labels.of("en").text(message(what, target, cause)), cause);
    this.target = target;
    this.message = message(what, target, cause);
  }

  private static Message message(Message what, Path target, Throwable cause) {
    return Message.of("error.write", what, target.toString(), describe(cause));
  }

  public Path target() {
    return target;
  }

  /** What could not be written and why, for the user's language. */
  public Message message() {
    return message;
  }

  private static Message describe(Throwable cause) {
    if (cause instanceof NoFreeNameException full) {
      return full.message();
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return Message.of("cause.denied");
    }
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return Message.of("cause.folder-missing");
    }
    if (cause instanceof java.nio.file.DirectoryNotEmptyException folder) {
      return Message.of("cause.folder-in-the-way", folder.getFile());
    }
    String message = cause.getMessage();
    return Message.of("cause.system", message == null ? cause.getClass().getSimpleName() : message);
  }
}
