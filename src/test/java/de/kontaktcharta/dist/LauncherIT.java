package de.kontaktcharta.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** How bin/charta finds Java, refuses an old or missing one, and passes options on. */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  @TempDir static Path installed;
  static Distribution dist;

  @TempDir Path work;

  @BeforeAll
  static void install() throws IOException, InterruptedException {
    dist = Distribution.install(installed);
  }

  @Test
  void javaIsFoundOnPathWithoutJavaHome() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    Map<String, String> env =
        dist.env(
            work,
            "JAVA_HOME",
            null,
            "PATH",
            dist.pathFolder()
                + File.pathSeparator
                + javaBin
                + File.pathSeparator
                + "/usr/bin:/bin");

    Command run = dist.charta(work, env, "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("charta " + Distribution.version() + "\n", run.out());
  }

  @Test
  void anOldJavaOnPathGetsOneClearLine() throws Exception {
    Path fakeBin = fakeJava(work.resolve("jdk11"), "openjdk version \"11.0.21\" 2023-10-17");
    Map<String, String> env =
        dist.env(
            work,
            "JAVA_HOME",
            null,
            "PATH",
            fakeBin + File.pathSeparator + dist.env(work).get("PATH"));

    Command run = dist.charta(work, env, "--version");

    assertEquals(69, run.exit(), run::toString);
    assertEquals("", run.out());
    assertOneLine(run.err());
    assertTrue(run.err().contains("Java 17 or newer is needed"), run::toString);
    assertTrue(run.err().contains("11.0.21"), run::toString);
  }

  @Test
  void anOldJavaHomeGetsOneClearLine() throws Exception {
    Path home = work.resolve("jdk8");
    fakeJava(home, "java version \"1.8.0_402\"");

    Command run = dist.charta(work, dist.env(work, "JAVA_HOME", home.toString()), "--version");

    assertEquals(69, run.exit(), run::toString);
    assertOneLine(run.err());
    assertTrue(run.err().contains("1.8.0_402"), run::toString);
  }

  @Test
  void aJavaHomeWithoutJavaGetsOneClearLine() throws Exception {
    Path empty = Files.createDirectories(work.resolve("no-jdk"));

    Command run = dist.charta(work, dist.env(work, "JAVA_HOME", empty.toString()), "--version");

    assertEquals(69, run.exit(), run::toString);
    assertOneLine(run.err());
    assertTrue(run.err().contains("JAVA_HOME"), run::toString);
  }

  @Test
  void noJavaAtAllGetsOneClearLine() throws Exception {
    // PATH holds only charta and the few tools the launcher uses before it looks for Java.
    Path tools = Files.createDirectories(work.resolve("tools"));
    for (String tool : new String[] {"readlink", "ls"}) {
      for (String folder : new String[] {"/usr/bin", "/bin"}) {
        Path real = Path.of(folder, tool);
        if (Files.isExecutable(real) && !Files.exists(tools.resolve(tool))) {
          Files.createSymbolicLink(tools.resolve(tool), real);
        }
      }
    }
    assumeTrue(Files.exists(tools.resolve("ls")), "no ls to put on PATH");
    Map<String, String> env =
        dist.env(work, "JAVA_HOME", null, "PATH", dist.pathFolder() + File.pathSeparator + tools);

    Command run = dist.charta(work, env, "--version");

    assertEquals(69, run.exit(), run::toString);
    assertOneLine(run.err());
    assertTrue(run.err().contains("no java is on PATH"), run::toString);
  }

  @Test
  void javaOptsAndChartaOptsReachTheJvm() throws Exception {
    Map<String, String> env =
        dist.env(
            work,
            "JAVA_OPTS",
            "-Dcharta.first=from-java-opts -XshowSettings:properties",
            "CHARTA_OPTS",
            "-Dcharta.second=from-charta-opts");

    Command run = dist.charta(work, env, "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("charta " + Distribution.version() + "\n", run.out());
    assertTrue(run.err().contains("charta.first = from-java-opts"), run::toString);
    assertTrue(run.err().contains("charta.second = from-charta-opts"), run::toString);
    assertTrue(run.err().contains("java.awt.headless = true"), "no desktop toolkit for a CLI");
  }

  @Test
  void smallInputsGetTheQuickCompilerOnlyAndLargeOnesBothWithLeanInlining() throws Exception {
    Map<String, String> env = dist.env(work, "JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Path small = Files.writeString(work.resolve("small.csv"), "Vorname,Nachname\nAnna,Berg\n");
    Path large = work.resolve("large");
    Files.createDirectories(large);
    byte[] block = new byte[1 << 20];
    java.util.Arrays.fill(block, (byte) 'x');
    try (var out = Files.newOutputStream(large.resolve("messages.csv"))) {
      for (int i = 0; i < 65; i++) {
        out.write(block);
      }
    }

    Command quick = dist.charta(work, env, "--version", small.toString());
    Command full = dist.charta(work, env, "--version", "--out=" + large);

    assertTrue(quick.out().matches("(?s).*TieredStopAtLevel += 1 .*"), quick::toString);
    assertTrue(full.out().matches("(?s).*TieredStopAtLevel += 4 .*"), full::toString);
    assertTrue(full.out().matches("(?s).*FreqInlineSize += 100 .*"), full::toString);
    assertTrue(quick.out().matches("(?s).*FreqInlineSize += 325 .*"), quick::toString);
  }

  @Test
  void dashRunsTheLauncher() throws Exception {
    assumeTrue(Command.available("dash"), "dash is not installed here");

    Command run =
        Command.run(
            work,
            dist.env(work),
            "dash",
            dist.pathFolder().resolve("charta").toString(),
            "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("charta " + Distribution.version() + "\n", run.out());
  }

  /** A {@code bin/java} under {@code home} that answers -version as an old Java does. */
  @Test
  void aNameWithUmlautsIsReadUnderCronsLocale() throws Exception {
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "the build's JVM must spell the name to make the file");
    Path input =
        Files.writeString(
            work.resolve("\u00dcbersicht.csv"), "Vorname,Nachname,Firma\nAnna,Berg,ACME\n");
    Map<String, String> env =
        dist.env(work, "LANG", "C", "LC_ALL", null, "LC_CTYPE", null, "CHARTA_CDS", "off");

    Command run =
        dist.charta(
            work,
            env,
            "analyse",
            "--quiet",
            "--out",
            work.resolve("out").toString(),
            input.toString());

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
  }

  private static Path fakeJava(Path home, String versionLine) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private static void assertOneLine(String text) {
    assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, text);
  }
}
