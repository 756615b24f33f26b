package de.kontaktcharta.cli;

import java.io.PrintWriter;

/** Runs the command line in-process for tests outside this package (the bad-input corpus). */
public final class CliRunner {

  private CliRunner() {}

  /**
   * Runs {@code charta} with the arguments, writing to the given streams; returns the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return Main.newCommandLine(out, err).execute(args);
  }
}
