package de.kontaktcharta.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.ChartaCommand;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code charta analyse} in a child JVM, for what cannot happen in the build's own: a file size
 * limit ({@code ulimit -f}, a disk that fills up), a small heap, and stderr as the real {@code
 * main} leaves it.
 *
 * @param exit the exit code
 * @param output stdout and stderr together
 */
record ChildRun(int exit, String output) {

  /**
   * @param fileBlocks the largest file the child may write, in KB, or 0 for no limit
   * @param heap the child's {@code -Xmx}, e.g. {@code 32m}, or empty for the default
   */
  static ChildRun analyse(Workspace w, int fileBlocks, String heap, List<String> inputs)
      throws Exception {
    Assumptions.assumeTrue(new File("/bin/bash").canExecute(), "needs bash for ulimit");
    List<String> command = new ArrayList<>();
    String limit = fileBlocks > 0 ? "ulimit -f " + fileBlocks + " && " : "";
    command.addAll(List.of("/bin/bash", "-c", limit + "exec \"$@\"", "charta"));
    command.addAll(
        ChartaCommand.of(heap.isEmpty() ? List.of() : List.of("-Xmx" + heap), analyse(w, inputs)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the child process ends");
    return new ChildRun(process.exitValue(), output);
  }

  /** The arguments of an analysis of the inputs into the workspace's output folder. */
  private static List<String> analyse(Workspace w, List<String> inputs) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyse",
                "--out",
                w.out().toString(),
                "--today",
                CorpusRunner.TODAY,
                "--lang",
                "en"));
    args.addAll(inputs);
    return args;
  }

  /**
   * Starts {@code charta analyse} as the real program starts (its {@code main}), with JVM options
   * and changes to the environment (a null value removes a variable); stdout and stderr go to
   * {@code child.log} in the workspace.
   */
  static Process start(Workspace w, List<String> jvm, Map<String, String> env, List<String> inputs)
      throws Exception {
    List<String> command = ChartaCommand.of(jvm, analyse(w, inputs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(w.path("child.log").toFile());
    env.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  /** Waits for a child {@link #start}ed and reads what it printed. */
  static ChildRun finish(Workspace w, Process process) throws Exception {
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the child process ends");
    return new ChildRun(
        process.exitValue(), Files.readString(w.path("child.log"), StandardCharsets.UTF_8));
  }
}
