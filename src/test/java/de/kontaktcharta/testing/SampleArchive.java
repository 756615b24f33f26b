package de.kontaktcharta.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The sample LinkedIn folder packed as LinkedIn delivers it: one ZIP, files at the top level. */
public final class SampleArchive {

  private SampleArchive() {}

  public static Path zip(Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> files = Files.list(Path.of("samples/linkedin"))) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return zip;
  }
}
