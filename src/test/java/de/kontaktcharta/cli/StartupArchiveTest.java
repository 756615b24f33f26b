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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  /** The class lists the dump was given, in order. */
  private final List<Path> dumped = new ArrayList<>();

  /** The size of the archive the next dump writes. */
  private int archiveBytes;

  /** What Java's dump does: writes the archive of the classes listed. */
  private final StartupArchive.Dump dump =
      (list, archive) -> {
        dumped.add(list);
        Files.write(archive, new byte[archiveBytes]);
        return true;
      };

  @BeforeEach
  void setUp() throws IOException {
    jar = Files.write(dir.resolve("kontaktcharta-all.jar"), new byte[] {'P', 'K', 3, 4});
    javaHome = dir.resolve("jdk");
    cache = dir.resolve("xdg/kontaktcharta");
  }

  private Optional<StartupArchive> archive(Map<String, String> env, List<String> options) {
    return StartupArchive.of(env, jar.toString(), javaHome, "17.0.15+6", options, dump);
  }

  private StartupArchive archive() {
    return archive(dump);
  }

  /** The archive of a run whose dump does what the given one does. */
  private StartupArchive archive(StartupArchive.Dump dump) {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    return StartupArchive.of(env, jar.toString(), javaHome, "17.0.15+6", List.of(), dump).get();
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

  /**
   * What the JVM does with the option to list its classes: writes their names as it loads them; the
   * archive made from the list will have so many bytes.
   */
  private void dump(List<String> options, int bytes) throws IOException {
    Files.writeString(named(options, LIST), "java/lang/Object id: 1\n");
    archiveBytes = bytes;
  }

  private static final String LIST = "-XX:DumpLoadedClassList";

  @Test
  void theFirstRunWritesTheArchiveAndTheNextMapsIt() throws IOException {
    StartupArchive first = archive();
    List<String> dumping = first.options();
    assertTrue(dumping.contains("-Xlog:cds*=off"), "the JVM's CDS messages stay off the terminal");
    Path list = named(dumping, LIST);
    assertEquals(cache, list.getParent());
    assertTrue(list.getFileName().toString().startsWith("."), "not taken for an archive");
    dump(dumping, 1234);

    first.settle(0);

    assertEquals(List.of(list), dumped, "the archive is made from the run's list");
    Path kept = archives().get(0);
    assertEquals(1, archives().size(), "the list is gone: " + archives());
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

    assertEquals(List.of(), dumped);
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
    named(next, LIST);
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
        options.stream().anyMatch(o -> o.startsWith(LIST)),
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

    StartupArchive otherJava =
        StartupArchive.of(env, jar.toString(), dir.resolve("jdk-21"), "21.0.5+11", List.of(), dump)
            .get();
    List<String> options = otherJava.options();
    dump(options, 12);
    otherJava.settle(0);
    Path copy = Files.copy(jar, dir.resolve("copy.jar"));
    StartupArchive otherPlace =
        StartupArchive.of(env, copy.toString(), javaHome, "17.0.15+6", List.of(), dump).get();
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
        Optional.empty(),
        StartupArchive.of(xdg, classes, javaHome, "17", List.of(), dump),
        "no jar");
    String path = jar + java.io.File.pathSeparator + classes;
    assertEquals(
        Optional.empty(),
        StartupArchive.of(xdg, path, javaHome, "17", List.of(), dump),
        "a class path");
  }

  @Test
  void theCacheFollowsHomeWithoutXdg() {
    StartupArchive home = archive(Map.of("HOME", dir.toString()), List.of()).get();
    Path list = named(home.options(), LIST);
    assertEquals(dir.resolve(".cache/kontaktcharta"), list.getParent());
  }

  @Test
  void aRunThatListedNothingOrADumpThatFailedKeepsNothing() throws IOException {
    StartupArchive silent = archive();
    silent.options();
    silent.settle(0);
    assertEquals(List.of(), dumped, "no class listed: nothing to dump");

    StartupArchive.Dump failing = (list, archive) -> Files.write(archive, new byte[7]) == null;
    StartupArchive failed = archive(failing);
    dump(failed.options(), 7);
    failed.settle(0);

    assertEquals(List.of(), archives(), "neither list nor half an archive stays");
  }

  @Test
  void aDumpUnderWayStopsWhenTheRunIsEnded() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    StartupArchive.Dump slow =
        (list, archive) -> {
          started.countDown();
          Thread.sleep(60_000);
          return true;
        };
    StartupArchive run = archive(slow);
    dump(run.options(), 10);
    Thread settling = new Thread(() -> run.settle(0));
    settling.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));

    run.abandon();
    settling.join(10_000);

    assertFalse(settling.isAlive(), "the run ends without waiting for the dump");
    assertEquals(List.of(), archives());
  }

  @Test
  void theDumpGetsTheRunsHeapSizeAndNothingElseOfItsOptions() {
    List<String> command =
        StartupArchive.dumpCommand(
            "/jdk/bin/java",
            List.of("-Xmx512m", "-Xlog:gc:file=gc.log", "-XX:MaxRAMPercentage=50", "-ea"),
            "charta.jar",
            Path.of("/c/list"),
            Path.of("/c/archive.part"));

    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-Xshare:dump",
            "-Xmx512m",
            "-XX:MaxRAMPercentage=50",
            "-XX:SharedClassListFile=" + Path.of("/c/list"),
            "-XX:SharedArchiveFile=" + Path.of("/c/archive.part"),
            "-Xlog:cds*=off",
            "-cp",
            "charta.jar"),
        command);
  }
}
