package de.kontaktcharta.app;

import de.kontaktcharta.report.xlsx.ScratchFiles;
import java.nio.file.Path;

/**
 * The scratch data of this process's runs: a private folder in the user's temp folder, made when
 * the report writer first needs it and removed when the process ends (docs/design.md §6).
 */
public final class ScratchSpace {

  private final ScratchFiles files;

  private ScratchSpace(ScratchFiles files) {
    this.files = files;
  }

  /**
   * Sets up the scratch space of this process in the Java temp folder, after removing what runs
   * that were killed left there. Called once, by the program's entry point.
   */
  public static ScratchSpace forThisProcess() {
    return new ScratchSpace(ScratchFiles.install(Path.of(System.getProperty("java.io.tmpdir"))));
  }

  /** Removes the scratch data; safe to call more than once, also from a shutdown hook. */
  public void remove() {
    files.delete();
  }
}
