package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM options an analysis adds when the user has not chosen them. */
class JvmChoiceTest {

  @TempDir Path dir;

  private static final List<String> JAVA_JAR = List.of("-Xmx512m", "-jar", "charta.jar");

  private Path file(String name, long bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(bytes);
    }
    return file;
  }

  @Test
  void smallInputsGetTheQuickCompiler() throws IOException {
    Path input = file("export/Connections.csv", 1_000);
    assertEquals(
        List.of(JvmChoice.QUICK_COMPILER),
        JvmChoice.missing(JAVA_JAR, new String[] {"analyse", "--quiet", input.toString()}));
  }

  @Test
  void largeInputsKeepBothCompilersWithLeanInlining() throws IOException {
    file("export/messages.csv", JvmChoice.LARGE_INPUT - 10);
    file("export/nested/Connections.csv", 10);
    assertEquals(
        JvmChoice.LEAN_INLINING,
        JvmChoice.missing(JAVA_JAR, new String[] {"analyse", dir.resolve("export").toString()}));
    assertEquals(
        JvmChoice.LARGE_INPUT, JvmChoice.inputBytes(new String[] {dir.toString()}, 1L << 40));
  }

  @Test
  void filesGivenAsOptionValuesCount() throws IOException {
    Path crm = file("kunden.csv", JvmChoice.LARGE_INPUT);
    assertEquals(
        JvmChoice.LEAN_INLINING,
        JvmChoice.missing(JAVA_JAR, new String[] {"analyse", "--as=crm=" + crm, "samples"}));
  }

  @Test
  void theUsersOwnChoiceStands() throws IOException {
    assertNothingAddedWithEachOf(
        List.of(
            "-XX:TieredStopAtLevel=4",
            "-XX:-TieredCompilation",
            "-Xint",
            "-XX:+TieredCompilation",
            "-XX:FreqInlineSize=50",
            "-XX:MaxInlineSize=10",
            "-XX:InlineSmallCode=500"));
  }

  @Test
  void aWatchedJvmRunsTheProgramItself() throws IOException {
    assertNothingAddedWithEachOf(
        List.of(
            "-agentlib:jdwp=transport=dt_socket,server=y",
            "-javaagent:agent.jar",
            "-XX:StartFlightRecording=filename=run.jfr"));
  }

  /** An analysis of a small export in a JVM given one of the options gets nothing added. */
  private void assertNothingAddedWithEachOf(List<String> options) throws IOException {
    String[] args = {"analyse", file("Connections.csv", 10).toString()};
    for (String option : options) {
      assertEquals(
          List.of(), JvmChoice.missing(List.of(option, "-jar", "charta.jar"), args), option);
    }
  }

  @Test
  void otherCommandsStartNoSecondJvm() {
    for (String[] args :
        List.of(
            new String[] {"--version"},
            new String[] {"check", "charter.yaml"},
            new String[] {"--help"},
            new String[] {})) {
      assertEquals(List.of(), JvmChoice.missing(JAVA_JAR, args), String.join(" ", args));
    }
  }
}
