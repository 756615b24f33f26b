package de.kontaktcharta.testing;

import java.io.IOException;
import java.nio.file.Path;

/** The number of a process that has ended, for leftovers that look like a killed run's. */
public final class EndedProcess {

  private EndedProcess() {}

  /** Runs {@code java -version} to its end and gives its process number. */
  public static long number() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.waitFor();
    return p.pid();
  }
}
