package de.kontaktcharta.app;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The output folder's lock, held from reading the saved reviews to writing the ledger and the
 * report, so that runs at the same time into one folder (two cron entries, or cron while the user
 * runs it by hand) take turns and none loses the other's entries. It is an operating-system lock on
 * the file {@value #NAME}: it vanishes with the process that holds it, so a run that was killed
 * never blocks the next. The file itself stays; removing it would let a third run lock a new file
 * while a second still waits on the old one.
 */
final class FolderLock implements AutoCloseable {

  static final String NAME = ".kontaktcharta.lock";

  /** The wait between two tries; short against the run it waits for. */
  private static final long POLL_MILLIS = 200;

  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<Problem> unsupported;

  private FolderLock(FileChannel channel, FileLock lock, Optional<Problem> unsupported) {
    this.channel = channel;
    this.lock = lock;
    this.unsupported = unsupported;
  }

  /**
   * Takes the folder's lock, waiting while another run holds it.
   *
   * @param waiting told once when the lock is held by another run and this one waits
   * @throws FolderBusyException when the other run holds it longer than {@code wait}
   * @throws IOException when the folder or its lock file cannot be made
   */
  static FolderLock acquire(Path folder, Duration wait, Runnable waiting)
      throws FolderBusyException, IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(NAME);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new FolderLock(channel, lock, Optional.empty());
        }
        if (System.nanoTime() - deadline >= 0) {
          channel.close();
          throw new FolderBusyException(folder, wait);
        }
        if (!told) {
          waiting.run();
          told = true;
        }
        Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, wait.toMillis())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new FolderBusyException(folder, wait);
    } catch (IOException e) {
      // a file system without locks (some network shares): the run goes on, and says so
      return new FolderLock(
          channel,
          null,
          Optional.of(
              Problem.note(
                  SourceRef.wholeFile(file.toString()),
                  Severity.WARNING,
                  Message.of(
                      "problem.folder-not-locked",
                      e.getMessage() == null
                          ? Message.of("cause.no-file-locks")
                          : Message.of("cause.system", e.getMessage())))));
    }
  }

  /** The lock, or null while another process or another run in this JVM holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The warning when the folder could not be locked. */
  Optional<Problem> unsupported() {
    return unsupported;
  }

  /** A wait in words: {@code 10 minutes}, {@code 30 seconds}. */
  static Message describe(Duration wait) {
    long seconds = wait.toSeconds();
    if (seconds % 60 == 0 && seconds > 0) {
      long minutes = seconds / 60;
      return minutes == 1
          ? Message.of("terminal.wait.minute")
          : Message.of("terminal.wait.minutes", minutes);
    }
    return seconds == 1
        ? Message.of("terminal.wait.second")
        : Message.of("terminal.wait.seconds", seconds);
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
