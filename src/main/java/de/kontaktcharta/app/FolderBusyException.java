package de.kontaktcharta.app;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.report.Labels;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another run held the output folder for longer than this run was to wait; nothing was written.
 * {@link #message()} says so in no particular language; {@link #getMessage()} in English, for logs.
 */
public final class FolderBusyException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  public FolderBusyException(Path folder, Duration waited) {
    this(Message.of("error.busy", folder.toString(), FolderLock.describe(waited)));
  }

  private FolderBusyException(Message message) {
    super(Labels.of("en").text(message));
    this.message = message;
  }

  /** What happened and what to do, for the user's language. */
  public Message message() {
    return message;
  }
}
