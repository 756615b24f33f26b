package de.kontaktcharta.testing;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.file.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** A file on disk that counts how often it is opened, for tests of reading a file once. */
public final class CountedFile implements InputFile {

  private final DiskFile disk;
  private int opened;

  public CountedFile(Path path) {
    disk = new DiskFile(path, path.getFileName().toString());
  }

  /** How often {@link #open} was called. */
  public int opened() {
    return opened;
  }

  @Override
  public String name() {
    return disk.name();
  }

  @Override
  public String baseName() {
    return disk.baseName();
  }

  @Override
  public long size() {
    return disk.size();
  }

  @Override
  public InputStream open() throws IOException {
    opened++;
    return disk.open();
  }
}
