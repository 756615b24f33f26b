package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kontaktcharta.app.Wording;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The program's guards around the run: failures of stray threads, and the command line's bytes. */
@Isolated
class ProcessEdgesTest {

  /** What the handler prints to stderr for a failure of the named thread. */
  private static String stray(Throwable failure, boolean verbose) {
    return stray(failure, verbose, "en");
  }

  private static String stray(Throwable failure, boolean verbose, String language) {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Main.strayFailure(
          new Thread(() -> {}, "pool-1\nthread-2"), failure, verbose, Wording.of(language));
    } finally {
      System.setErr(before);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aStrayThreadsFailureIsOneLineWithoutStackTrace() {
    String err = stray(new IllegalStateException("broken"), false);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("error: internal error in pool-1"), err);
    assertTrue(err.contains("java.lang.IllegalStateException: broken"), err);
    assertTrue(err.contains("--verbose"), err);
  }

  @Test
  void aStrayThreadsFailureIsSaidInTheLanguageGiven() {
    String err = stray(new IllegalStateException("kaputt"), false, "de");
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("Fehler: interner Fehler in pool-1"), err);
    assertTrue(err.contains("java.lang.IllegalStateException: kaputt"), err);
  }

  @Test
  void runningOutOfMemoryIsLeftToTheRunWhichSaysItOnce() {
    assertEquals("", stray(new OutOfMemoryError("Java heap space"), false));
  }

  @Test
  void verboseShowsTheStackTrace() {
    String err = stray(new OutOfMemoryError("Java heap space"), true);
    assertTrue(err.contains("\tat "), err);
  }

  @Test
  void theCommandLineIsSplitAtItsNulBytes() {
    byte[] cmdline =
        "java\0-jar\0charta.jar\0\u00dcbersicht.csv\0".getBytes(StandardCharsets.UTF_8);
    List<byte[]> args = Relaunch.split(cmdline);
    assertEquals(4, args.size());
    assertArrayEquals("\u00dcbersicht.csv".getBytes(StandardCharsets.UTF_8), args.get(3));
  }

  @Test
  void underAUtf8LocaleTheArgumentsPassAsTheyAre() throws UsageError {
    String[] args = {"analyse", "\u00dcbersicht.csv"};
    assumeTrue(Relaunch.utf8Names(), "the build runs under a UTF-8 locale");
    assertArrayEquals(args, Relaunch.arguments(args));
    Relaunch.checkSpelled(args);
    List<byte[]> given =
        List.of(args[0].getBytes(StandardCharsets.UTF_8), args[1].getBytes(StandardCharsets.UTF_8));
    assertFalse(Relaunch.cannotSpell(given), "no second JVM for the names");
  }
}
