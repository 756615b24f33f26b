package de.kontaktcharta.input.file;

import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plain file on disk.
 *
 * @param file where it is
 * @param name how it is shown: as named, with control characters made visible ({@link
 *     SourceRef#printable})
 */
public record DiskFile(Path file, String name) implements InputFile {

  public DiskFile {
    name = SourceRef.printable(name);
  }

  @Override
  public String baseName() {
    Path base = file.getFileName();
    return base == null ? name : base.toString();
  }

  @Override
  public long size() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  @Override
  public Optional<Path> path() {
    return Optional.of(file);
  }
}
