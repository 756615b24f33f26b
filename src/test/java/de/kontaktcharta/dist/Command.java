package de.kontaktcharta.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a program, as a shell would start it, with what it printed and its exit code. */
record Command(int exit, String out, String err) {

  /** Variables of the test's own environment that would change how Java or the launcher acts. */
  private static final List<String> INHERITED_SETTINGS =
      List.of(
          "JAVA_HOME",
          "JAVA_OPTS",
          "CHARTA_OPTS",
          "CHARTA_CDS",
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS",
          "XDG_CACHE_HOME");

  /**
   * Runs {@code command} in {@code folder}. The environment is the test's own without Java
   * settings, plus {@code env}; a null value removes a variable.
   */
  static Command run(Path folder, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("command", ".out");
    Path err = Files.createTempFile("command", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      Map<String, String> environment = builder.environment();
      INHERITED_SETTINGS.forEach(environment::remove);
      env.forEach(
          (name, value) -> {
            if (value == null) {
              environment.remove(name);
            } else {
              environment.put(name, value);
            }
          });
      Process process = builder.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within 3 minutes");
      }
      return new Command(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Whether a program of that name is on the test's PATH. */
  static boolean available(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
}
