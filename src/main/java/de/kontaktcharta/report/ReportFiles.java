package de.kontaktcharta.report;

import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places report files: a free name ({@code kontaktcharta-2026-11-25.xlsx}, then {@code -2}, {@code
 * -3} …), written to a temporary file beside it and moved into place only when complete, never over
 * an existing file, readable by the owner only.
 */
public final class ReportFiles {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The number of this process, in the names of its temporary files. */
  private static final long PID = ProcessHandle.current().pid();

  /**
   * The temporary files this tool writes in an output folder: {@code
   * .kontaktcharta-PID-RANDOM.xlsx.part}, {@code .reasons.csv-PID-RANDOM.part} (and the ledger's
   * history's), and from before the process number was in the name, {@code
   * .kontaktcharta-RANDOM.xlsx.part}.
   */
  private static final Pattern PART =
      Pattern.compile(
          "\\.(?:kontaktcharta|reasons(?:-history)?\\.csv)-(?:(\\d{1,10})-)?\\d+"
              + "(?:\\.xlsx|\\.csv\\.zip|\\.json)?\\.part");

  private ReportFiles() {}

  /**
   * Removes the temporary files that killed runs left in the output folder (see {@link Leftovers}).
   */
  public static void removeLeftovers(Path dir) {
    Leftovers.remove(dir, PART);
  }

  /**
   * The report name for the day and extension after the day's highest number, not in a gap: the
   * newest report must have the highest number, as the next run reads that one.
   *
   * @throws IOException when the day's highest number is taken already
   */
  public static Path freeName(Path dir, LocalDate day, String extension) throws IOException {
    ReportName highest = null;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        Optional<ReportName> name = ReportName.of(file.getFileName().toString());
        if (name.isPresent()
            && name.get().day().equals(day)
            && name.get().extension().equals(extension)
            && (highest == null || name.get().number() > highest.number())) {
          highest = name.get();
        }
      }
    } catch (IOException e) {
      // a folder that cannot be listed cannot be written to either; the write says so
    }
    Optional<ReportName> candidate =
        highest == null ? Optional.of(new ReportName(day, 1, extension)) : highest.next();
    while (candidate.isPresent()
        && Files.exists(dir.resolve(candidate.get().fileName()), LinkOption.NOFOLLOW_LINKS)) {
      candidate = candidate.get().next();
    }
    if (candidate.isEmpty()) {
      throw new NoFreeNameException(
          Message.of(
              "cause.no-free-name",
              day,
              new ReportName(day, ReportName.MAX_NUMBER, extension).fileName()));
    }
    return dir.resolve(candidate.get().fileName());
  }

  /**
   * Writes a new report file atomically.
   *
   * @return the path written, which differs from {@code target} when another run took that name
   *     meanwhile
   */
  public static Path writeNew(Path target, LocalDate day, String extension, Content content)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = written(dir, ".kontaktcharta-" + PID + "-", "." + extension + ".part", content);
    try {
      Path place = target;
      while (true) {
        try {
          Files.move(tmp, place);
          return place;
        } catch (FileAlreadyExistsException e) {
          place = freeName(dir, day, extension);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Replaces a file atomically (the reasons ledger), keeping the old one as {@code .bak}. */
  public static void replace(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = written(dir, "." + target.getFileName() + "-" + PID + "-", ".part", content);
    try {
      if (Files.exists(target)) {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Files.copy(target, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ownerOnly(backup);
      }
      Files.move(
          tmp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A temporary file in the folder, owner-only, holding the content and synced to disk; deleted
   * again when writing fails.
   */
  private static Path written(Path dir, String prefix, String suffix, Content content)
      throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, prefix, suffix);
    // A run stopped by SIGTERM or Ctrl-C removes it on its way out; after kill -9, the next run
    // does (removeLeftovers). Once moved into place, the name is free and nothing is removed.
    tmp.toFile().deleteOnExit();
    try {
      ownerOnly(tmp);
      try (FileChannel channel =
              FileChannel.open(
                  tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      return tmp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
