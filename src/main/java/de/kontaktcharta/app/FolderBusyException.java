package de.kontaktcharta.app;

import java.nio.file.Path;
import java.time.Duration;

/** Another run held the output folder for longer than this run was to wait; nothing was written. */
public final class FolderBusyException extends Exception {

  private static final long serialVersionUID = 1L;

  public FolderBusyException(Path folder, Duration waited) {
    super(
        "another charta run is writing to "
            + folder
            + " and did not finish within "
            + FolderLock.describe(waited)
            + "; nothing was written. Try again later, or wait longer with --wait");
  }
}
