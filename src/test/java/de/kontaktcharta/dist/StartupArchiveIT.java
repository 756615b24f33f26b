package de.kontaktcharta.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive bin/charta keeps in the user's cache: made by the first analysis, used by
 * every later start, and never a reason for a failed run or a JVM message on the terminal. {@code
 * java -jar} keeps one of its own for the second JVM it starts.
 */
@DisabledOnOs(OS.WINDOWS)
class StartupArchiveIT {

  @TempDir static Path installed;
  static Distribution dist;

  @TempDir Path work;
  Path cache;

  @BeforeAll
  static void install() throws IOException, InterruptedException {
    dist = Distribution.install(installed);
  }

  @BeforeEach
  void inputs() throws IOException {
    cache = work.resolve("cache");
    Path in = Files.createDirectories(work.resolve("in"));
    Files.copy(Path.of("samples/crm/kunden.csv"), in.resolve("kunden.csv"));
    // a CRM sheet alone names no contact, and a run that finds none writes no report
    Files.copy(Path.of("samples/linkedin/Connections.csv"), in.resolve("Connections.csv"));
  }

  @Test
  void theFirstAnalysisLeavesAnArchiveThatLaterStartsUse() throws Exception {
    analyse(dist.env(cache));
    Path archive = onlyArchive();
    String name = archive.getFileName().toString();
    assertTrue(name.startsWith("charta-" + Distribution.version() + "-"), name);
    assertTrue(name.endsWith("-" + Files.size(archive) + ".jsa"), "the name records the size");

    Path classLog = work.resolve("classes.log");
    analyse(dist.env(cache, "JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog));

    assertEquals(archive, onlyArchive(), "the archive is kept, not made again");
    String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
    assertTrue(
        fromArchive(loaded, "de.kontaktcharta."), "the tool's classes come from the archive");
    assertTrue(fromArchive(loaded, "picocli.CommandLine "), "picocli's too (Java 5 classes)");
  }

  @Test
  void javaJarKeepsAnArchiveForItsSecondJvm() throws Exception {
    Path jar;
    try (Stream<Path> jars = Files.list(dist.home().resolve("lib"))) {
      jar =
          jars.filter(j -> j.getFileName().toString().startsWith("kontaktcharta-"))
              .findFirst()
              .orElseThrow();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, String> env = dist.env(cache);

    Command first =
        Command.run(work, env, java, "-jar", jar.toString(), "analyse", "in", "--quiet");
    assertEquals(0, first.exit(), first::toString);
    Path archive = onlyArchive();
    assertTrue(archive.getFileName().toString().startsWith("charta-jar-"), archive::toString);
    assertTrue(archive.getFileName().toString().endsWith("-" + Files.size(archive) + ".jsa"));

    // one log per JVM (%p: its process number)
    Command second =
        Command.run(
            work,
            env,
            java,
            "-Xlog:class+load=info:file=" + work.resolve("classes-%p.log"),
            "-jar",
            jar.toString(),
            "analyse",
            "in",
            "--out",
            "again",
            "--quiet");

    assertEquals(0, second.exit(), second::toString);
    assertEquals("", second.err(), second::toString);
    assertEquals(archive, onlyArchive(), "the archive is kept, not made again");
    String logs;
    try (Stream<Path> files = Files.list(work)) {
      logs =
          files
              .filter(f -> f.getFileName().toString().startsWith("classes-"))
              .map(StartupArchiveIT::read)
              .collect(Collectors.joining());
    }
    assertTrue(
        fromArchive(logs, "de.kontaktcharta.report."),
        "the analysis's classes come from the archive");
    assertTrue(fromArchive(logs, "picocli.CommandLine "), "picocli's too (Java 5 classes)");
  }

  /**
   * Whether the class-load log says a class of that name (or prefix) was mapped from an archive.
   */
  private static boolean fromArchive(String log, String className) {
    return log.lines().anyMatch(l -> l.contains(className) && l.contains("shared objects file"));
  }

  @Test
  void otherCommandsNeitherNeedNorMakeTheArchive() throws Exception {
    Command run = dist.charta(work, dist.env(cache), "check", "in");

    assertEquals(0, run.exit(), run::toString);
    assertEquals(List.of(), archives());
  }

  @Test
  void aDamagedArchiveIsIgnoredSilently() throws Exception {
    analyse(dist.env(cache));
    Path archive = onlyArchive();
    // Same size, wrong content: the JVM rejects it itself.
    archive.toFile().setWritable(true);
    Files.write(archive, new byte[(int) Files.size(archive)]);

    Command run = dist.charta(work, dist.env(cache), "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("charta " + Distribution.version() + "\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void aCutOffArchiveIsRemovedUnused() throws Exception {
    analyse(dist.env(cache));
    Path archive = onlyArchive();
    archive.toFile().setWritable(true);
    try (var channel = Files.newByteChannel(archive, StandardOpenOption.WRITE)) {
      channel.truncate(Files.size(archive) / 2);
    }

    // The JVM would crash on it; the launcher compares the size with the one in the name.
    Command run = dist.charta(work, dist.env(cache), "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertEquals(List.of(), archives());
  }

  @Test
  void anUnwritableCacheCostsNothingButTheArchive() throws Exception {
    Path notAFolder = Files.writeString(work.resolve("cache-file"), "x");

    analyse(dist.env(notAFolder));
  }

  @Test
  void chartaCdsOffNeitherUsesNorMakesAnArchive() throws Exception {
    analyse(dist.env(cache, "CHARTA_CDS", "off"));

    assertEquals(List.of(), archives());
  }

  /** Runs an analysis and checks that it wrote a report and printed nothing but its summary. */
  private void analyse(Map<String, String> env) throws IOException, InterruptedException {
    Command run = dist.charta(work, env, "analyse", "in", "--out", "out", "--quiet");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertEquals("", run.err(), run::toString);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path onlyArchive() throws IOException {
    List<Path> archives = archives();
    assertEquals(1, archives.size(), archives::toString);
    return archives.get(0);
  }

  private List<Path> archives() throws IOException {
    Path folder = cache.resolve("kontaktcharta");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().collect(Collectors.toList());
    }
  }
}
