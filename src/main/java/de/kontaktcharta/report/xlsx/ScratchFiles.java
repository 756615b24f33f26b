package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Leftovers;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where the workbook writer keeps its scratch data: the streamed sheets (contacts' names, notes,
 * messages) and the parts of the zip being packed. POI's default is one folder {@code poifiles}
 * under the Java temp folder, made once, shared by every user of the machine and readable by all of
 * them: a second user's run could not write there, and anyone could read the first user's contacts.
 * Here each run has a folder of its own, made when first needed, readable by its user only (created
 * 0700, its files 0600), and removed when the run ends.
 */
public final class ScratchFiles implements TempFileCreationStrategy {

  private static final String PREFIX = "kontaktcharta-";

  /** The folders of runs: {@code kontaktcharta-PID-RANDOM}. */
  private static final Pattern FOLDER = Pattern.compile("kontaktcharta-(\\d{1,10})-\\d+");

  private final Path parent;
  private Path folder;

  /** Set once the process is ending: no new folder is made after the last one is removed. */
  private boolean closed;

  public ScratchFiles(Path parent) {
    this.parent = parent;
  }

  /**
   * Makes this process's POI write its temporary files through a new {@code ScratchFiles} in the
   * given folder, after removing what killed runs left there. POI holds the strategy in a static
   * field, so it is set once per process, by the program's entry point, before any workbook is
   * made; runs inside a test JVM keep POI's own.
   */
  public static ScratchFiles install(Path parent) {
    Leftovers.remove(parent, FOLDER);
    ScratchFiles files = new ScratchFiles(parent);
    TempFile.setTempFileCreationStrategy(files);
    return files;
  }

  @Override
  public synchronized File createTempFile(String prefix, String suffix) throws IOException {
    return Files.createTempFile(folder(), prefix, suffix).toFile();
  }

  @Override
  public synchronized File createTempDirectory(String prefix) throws IOException {
    return Files.createTempDirectory(folder(), prefix).toFile();
  }

  /** The run's folder, made now if it is not there (yet, or again). */
  synchronized Path folder() throws IOException {
    if (closed) {
      throw new IOException("no scratch files any more: the program is ending");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      // made with a random name by one atomic call, so nobody can have prepared it; owner-only on
      // POSIX file systems, as every temporary file and folder the JDK makes
      folder =
          Files.createTempDirectory(
              Files.createDirectories(parent), PREFIX + ProcessHandle.current().pid() + "-");
    }
    return folder;
  }

  /**
   * Removes the run's folder with everything in it, for good: a writer still at work (the program
   * was stopped while writing) cannot make another. A file it made while the folder was emptied
   * keeps the folder; a second and third pass take that too.
   */
  public synchronized void delete() {
    closed = true;
    for (int pass = 0; folder != null && pass < 3 && Files.exists(folder); pass++) {
      Leftovers.delete(folder);
    }
    folder = null;
  }
}
