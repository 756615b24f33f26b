package de.kontaktcharta.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Holds an output folder's lock in a process of its own until it is killed; ConcurrentRunsTest
 * starts it to show that a killed run never blocks the next.
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (FolderLock lock = FolderLock.acquire(Path.of(args[0]), Duration.ZERO, () -> {})) {
      System.out.println(lock.unsupported().isEmpty() ? "locked" : "not locked");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
