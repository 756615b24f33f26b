package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The files found behind the command line's inputs, with the problems met while looking. Holds
 * archives open until closed.
 */
public final class InputSet implements AutoCloseable {

  private final List<InputFile> files;
  private final List<Problem> problems;
  private final List<Closeable> resources;

  InputSet(List<InputFile> files, List<Problem> problems, List<Closeable> resources) {
    this.files = List.copyOf(files);
    this.problems = List.copyOf(problems);
    this.resources = List.copyOf(resources);
  }

  public List<InputFile> files() {
    return files;
  }

  /** Missing, unreadable or skipped inputs. */
  public List<Problem> problems() {
    return problems;
  }

  /** Closes the archives; they were only read, so a failure to close loses nothing. */
  @Override
  public void close() {
    for (Closeable resource : resources) {
      try {
        resource.close();
      } catch (IOException e) {
        // read-only archive: nothing to flush, nothing lost
      }
    }
  }
}
