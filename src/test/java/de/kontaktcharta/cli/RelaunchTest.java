package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kontaktcharta.testing.ChartaCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar} on a small input runs the analysis in a second JVM with the quick compiler. */
class RelaunchTest {

  @TempDir Path dir;

  private static final Pattern LEVEL = Pattern.compile("TieredStopAtLevel\\s+= (\\d)");

  private static final String CONNECTIONS =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  private Process start(List<String> jvm, Path input) throws IOException {
    return start(jvm, Map.of(), input);
  }

  private Process start(List<String> jvm, Map<String, String> env, Path input) throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux only");
    List<String> command =
        ChartaCommand.of(
            jvm,
            List.of(
                "analyse", "--quiet", "--out", dir.resolve("out").toString(), input.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove(Relaunch.MARK);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    builder.redirectOutput(dir.resolve("child.log").toFile());
    return builder.start();
  }

  /** The compiler levels the JVMs of a run printed, in order. */
  private List<String> levels(List<String> jvm) throws Exception {
    return levels(jvm, Map.of());
  }

  private List<String> levels(List<String> jvm, Map<String, String> env) throws Exception {
    Path input = dir.resolve("Connections.csv");
    Files.writeString(input, CONNECTIONS + "Anna,Berg,,,ACME,,16 Dec 2024\n");
    Process run = start(jvm, env, input);
    assertTrue(run.waitFor(90, TimeUnit.SECONDS));
    String log = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), log);
    assertTrue(Files.list(dir.resolve("out")).anyMatch(p -> p.toString().endsWith(".xlsx")), log);
    List<String> levels = new ArrayList<>();
    Matcher m = LEVEL.matcher(log);
    while (m.find()) {
      levels.add(m.group(1));
    }
    return levels;
  }

  @Test
  void aSmallAnalysisRunsAgainWithTheQuickCompiler() throws Exception {
    assertEquals(List.of("4", "1"), levels(List.of("-XX:+PrintFlagsFinal")));
  }

  @Test
  void aChosenCompilerRunsInTheFirstJvm() throws Exception {
    assertEquals(List.of("4"), levels(List.of("-XX:+PrintFlagsFinal", "-XX:TieredStopAtLevel=4")));
  }

  @Test
  void aCompilerChosenInTheEnvironmentCountsAsChosen() throws Exception {
    assertEquals(
        List.of("4"),
        levels(
            List.of("-XX:+PrintFlagsFinal"),
            Map.of("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4")));
  }

  /** kill -9 leaves the first JVM no time to stop the second: that one notices and ends. */
  @Test
  void theSecondJvmEndsWhenTheFirstIsKilled() throws Exception {
    StringBuilder rows = new StringBuilder(CONNECTIONS);
    for (int i = 0; i < 200_000; i++) {
      rows.append("Vorname").append(i).append(",Nachname").append(i).append(",,,Firma ");
      rows.append(i % 500).append(",,16 Dec 2024\n");
    }
    Path input = dir.resolve("Connections.csv");
    Files.writeString(input, rows);
    Process first = start(List.of(), input);
    Files.createDirectories(dir.resolve("out"));
    Optional<ProcessHandle> second = Optional.empty();
    for (int i = 0; i < 400 && second.isEmpty() && first.isAlive(); i++) {
      Thread.sleep(10);
      second = first.toHandle().children().findFirst();
    }
    assumeTrue(second.isPresent(), "the run ended before its second JVM was seen");
    first.destroyForcibly().waitFor();
    assertTrue(
        second.get().onExit().get(60, TimeUnit.SECONDS) != null && !second.get().isAlive(),
        "the second JVM ended");
    // had it run on, it would have written its report (the run takes seconds)
    List<String> left = new ArrayList<>();
    try (var files = Files.list(dir.resolve("out"))) {
      files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).forEach(left::add);
    }
    assertEquals(List.of(), left, "nothing written");
  }
}
