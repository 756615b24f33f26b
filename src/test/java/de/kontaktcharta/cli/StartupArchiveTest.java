package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the second JVM's class-data archive lives, when it is made, used, kept and removed. */
class StartupArchiveTest {

  @TempDir Path dir;

  private Path jar;
  private Path javaHome;
  private Path cache;

  @BeforeEach
  void setUp() throws IOException {
    jar = Files.write(dir.resolve("kontaktcharta-all.jar"), new byte[] {'P', 'K', 3, 4});
    javaHome = dir.resolve("jdk");
    Files.createDirectories(javaHome.resolve("lib/server"));
    Files.writeString(javaHome.resolve("lib/server/classes.jsa"), "base archive");
    cache = dir.resolve("xdg/kontaktcharta");
  }

  private Optional<StartupArchive> archive(Map<String, String> env, List<String> options) {
    return StartupArchive.of(env, jar.toString(), javaHome, "17.0.15+6", options);
  }

  private StartupArchive archive() {
    return archive(Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()), List.of()).get();
  }

  /** The file an option names, e.g. {@code -XX:SharedArchiveFile=FILE}. */
  private static Path named(List<String> options, String option) {
    return options.stream()
        .filter(o -> o.startsWith(option + "="))
        .map(o -> Path.of(o.substring(option.length() + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + option + " in " + options));
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  /** A first run that wrote an archive of so many bytes and ended well; the archive it kept. */
  private Path firstRun(int bytes) throws IOException {
    StartupArchive first = archive();
    dump(first.options(), bytes);
    first.settle(0);
    return archives().get(0);
  }

  /** What the JVM does with the option to dump: writes the archive when it ends. */
  private static void dump(List<String> options, int bytes) throws IOException {
    Files.write(named(options, "-XX:ArchiveClassesAtExit"), new byte[bytes]);
  }

  @Test
  void theFirstRunWritesTheArchiveAndTheNextMapsIt() throws IOException {
    StartupArchive first = archive();
    List<String> dumping = first.options();
    assertTrue(dumping.contains("-Xlog:cds*=off"), "the JVM's CDS messages stay off the terminal");
    Path part = named(dumping, "-XX:ArchiveClassesAtExit");
    assertEquals(cache, part.getParent());
    assertTrue(part.getFileName().toString().startsWith("."), "not taken for an archive yet");
    dump(dumping, 1234);

    first.settle(0);

    Path kept = archives().get(0);
    assertEquals(1, archives().size());
    assertTrue(
        kept.getFileName().toString().matches("charta-jar-[0-9a-f]{8}-[0-9a-f]{8}-1234\\.jsa"),
        "" + kept);
    assertEquals(kept, named(archive().options(), "-XX:SharedArchiveFile"));
  }

  @Test
  void aRunEndedByAnErrorKeepsNothing() throws IOException {
    StartupArchive failed = archive();
    List<String> dumping = failed.options();
    dump(dumping, 1234);

    failed.settle(ExitCodes.INTERNAL);
    failed.settle(0);

    assertEquals(List.of(), archives());
  }

  @Test
  void aRunWithFindingsKeepsItsArchive() throws IOException {
    StartupArchive run = archive();
    dump(run.options(), 99);

    run.settle(1);

    assertEquals(1, archives().size(), "exit code 1 is a report written, --fail-on matched");
  }

  @Test
  void anArchiveCutOffIsRemovedAndWrittenAgain() throws IOException {
    Path kept = firstRun(500);
    Files.write(kept, new byte[200]);

    List<String> next = archive().options();

    assertFalse(Files.exists(kept));
    named(next, "-XX:ArchiveClassesAtExit");
  }

  @Test
  void ofTwoArchivesMadeAtOnceOneStays() throws IOException {
    String name = firstRun(300).getFileName().toString();
    // a second first run, at the same time, kept one of its own
    Files.write(cache.resolve(name.replace("-300.jsa", "-301.jsa")), new byte[301]);

    List<String> options = archive().options();

    assertEquals(1, archives().size());
    assertEquals(archives().get(0), named(options, "-XX:SharedArchiveFile"));
  }

  @Test
  void aRebuiltJarReplacesTheArchiveOfTheBuildBefore() throws IOException {
    Path before = firstRun(10);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    StartupArchive rebuilt = archive();
    List<String> options = rebuilt.options();
    assertTrue(
        options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")),
        "the archive of the build before does not fit: " + options);
    dump(options, 11);
    rebuilt.settle(0);

    assertEquals(1, archives().size(), archives()::toString);
    assertNotEquals(before, archives().get(0));
  }

  @Test
  void anotherJavaOrPlaceKeepsAnArchiveBeside() throws IOException {
    firstRun(10);
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());

    Path otherHome = dir.resolve("jdk-21");
    Files.createDirectories(otherHome.resolve("lib/server"));
    Files.writeString(otherHome.resolve("lib/server/classes.jsa"), "its base archive");
    StartupArchive otherJava =
        StartupArchive.of(env, jar.toString(), otherHome, "21.0.5+11", List.of()).get();
    List<String> options = otherJava.options();
    dump(options, 12);
    otherJava.settle(0);
    Path copy = Files.copy(jar, dir.resolve("copy.jar"));
    StartupArchive otherPlace =
        StartupArchive.of(env, copy.toString(), javaHome, "17.0.15+6", List.of()).get();
    dump(otherPlace.options(), 13);
    otherPlace.settle(0);

    assertEquals(3, archives().size(), archives()::toString);
  }

  @Test
  void archivesNotReadForMonthsGoWhenANewOneIsKept() throws IOException {
    Files.createDirectories(cache);
    Path old = Files.write(cache.resolve("charta-0.0.9-123-77.jsa"), new byte[77]);
    Path recent = Files.write(cache.resolve("charta-0.1.0-456-78.jsa"), new byte[78]);
    FileTime months = FileTime.from(Instant.now().minus(Duration.ofDays(90)));
    Files.getFileAttributeView(old, java.nio.file.attribute.BasicFileAttributeView.class)
        .setTimes(months, months, null);

    StartupArchive run = archive();
    dump(run.options(), 10);
    run.settle(0);

    assertFalse(Files.exists(old));
    assertTrue(Files.exists(recent));
  }

  @Test
  void noArchiveWhereItCannotOrMustNotBe() {
    Map<String, String> xdg = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    assertEquals(
        Optional.empty(),
        archive(Map.of("XDG_CACHE_HOME", "/x", StartupArchive.SWITCH, "off"), List.of()),
        "CHARTA_CDS=off");
    assertEquals(Optional.empty(), archive(Map.of(), List.of()), "neither XDG_CACHE_HOME nor HOME");
    for (String option :
        List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:-UseSharedSpaces")) {
      assertEquals(Optional.empty(), archive(xdg, List.of(option)), option);
    }
    String classes = dir.resolve("classes").toString();
    assertEquals(
        Optional.empty(), StartupArchive.of(xdg, classes, javaHome, "17", List.of()), "no jar");
    String path = jar + java.io.File.pathSeparator + classes;
    assertEquals(
        Optional.empty(), StartupArchive.of(xdg, path, javaHome, "17", List.of()), "a class path");
  }

  @Test
  void theCacheFollowsHomeWithoutXdg() {
    StartupArchive home = archive(Map.of("HOME", dir.toString()), List.of()).get();
    Path part = named(home.options(), "-XX:ArchiveClassesAtExit");
    assertEquals(dir.resolve(".cache/kontaktcharta"), part.getParent());
  }

  @Test
  void aJavaWithoutBaseArchiveOnlyRunsWithout() throws IOException {
    Files.delete(javaHome.resolve("lib/server/classes.jsa"));
    assertEquals(List.of(), archive().options());
  }
}
