package de.kontaktcharta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code charta init}: writes the default charter for editing, never over an existing file. */
public final class InitJob {

  /**
   * Writes the charter.
   *
   * @throws FileAlreadyExistsException when the file exists (it is left alone)
   * @throws IOException when it cannot be written
   */
  public void run(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(
        file,
        new CharterSource().defaultText(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
  }
}
