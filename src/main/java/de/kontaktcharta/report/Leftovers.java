package de.kontaktcharta.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What runs that were killed ({@code kill -9}, a power cut) left behind: temporary report files and
 * scratch folders. Only this tool's own are removed, recognised by all of: a name only this tool
 * gives (with the number of the process that made it), the user who runs it now as owner, and a
 * process of that number that is gone, or for names without a number an age of more than a day. A
 * user's file of a similar name, another user's file and a file of a run still going are left.
 */
public final class Leftovers {

  /** How old a leftover without a process number must be before it is taken for abandoned. */
  static final Duration ABANDONED = Duration.ofDays(1);

  private Leftovers() {}

  /**
   * Removes the entries of the folder whose names match; the pattern's first group is the number of
   * the process that made the entry, or does not take part for names without one.
   */
  public static void remove(Path folder, Pattern names) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = names.matcher(entry.getFileName().toString());
        if (m.matches() && ours(entry) && over(entry, m.group(1))) {
          delete(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // cleaning up is a courtesy: a folder that cannot be listed is the run's problem to report
    }
  }

  /**
   * True when the run that made the entry is over: no process of its number is alive, or the one
   * alive started after the entry last changed (the system gave the number again).
   */
  private static boolean over(Path entry, String pid) throws IOException {
    Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
    if (pid == null) {
      return modified.isBefore(Instant.now().minus(ABANDONED));
    }
    long number = Long.parseLong(pid);
    if (number == ProcessHandle.current().pid()) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(number).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return true;
    }
    Optional<Instant> started = process.get().info().startInstant();
    return started.isPresent() && started.get().isAfter(modified);
  }

  /** True when the entry belongs to the user this process runs as. */
  static boolean ours(Path entry) throws IOException {
    Object uid = myUid();
    if (uid != null) {
      return uid.equals(Files.getAttribute(entry, "unix:uid", LinkOption.NOFOLLOW_LINKS));
    }
    String me = System.getProperty("user.name");
    return me != null
        && Objects.equals(me, Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS).getName());
  }

  /** The user id of this process where the system tells it ({@code /proc/self} is owned by it). */
  private static Object myUid() {
    try {
      return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Deletes a file, or a folder with everything in it; links are removed, never followed. */
  public static void delete(Path entry) {
    try {
      if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(entry);
        return;
      }
      Files.walkFileTree(
          entry,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      // what cannot be removed now is removed by the next run
    }
  }
}
