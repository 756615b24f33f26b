package de.kontaktcharta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The class-data archive of the second JVM that {@code java -jar charta.jar analyse} starts ({@link
 * Relaunch}): the classes an analysis loads (about 6,000), already parsed and verified, as the
 * installed {@code charta}'s launcher keeps them. On a small export (35 MB) the archive saves a
 * fifth of the run's CPU time (4.2 instead of 5.1 s). The first such run writes the archive when
 * its JVM ends, into {@code ${XDG_CACHE_HOME:-$HOME/.cache}/kontaktcharta/} (once, about a second
 * and 30 MB); every later one maps it. {@code CHARTA_CDS=off} neither uses nor makes one.
 *
 * <p>The archive's name holds a key of the jar's place (its real path) and Java, and one of their
 * builds (the jar's size and time, Java's version), so that a rebuilt jar or another Java makes an
 * archive of its own instead of one the JVM would silently ignore, and replaces the one of the
 * build before; and the archive's size, so that a file cut off (a full disk, a crash) is recognised
 * and removed instead of being given to the JVM. It is written under a name of its own and only
 * named so once the run that wrote it has ended well.
 */
final class StartupArchive {

  /** The environment variable that turns archives off ({@code off}), as for the launcher. */
  static final String SWITCH = "CHARTA_CDS";

  /** Less free space than this in the cache: no archive is written (it takes about 30 MB). */
  static final long FREE_SPACE_NEEDED = 256L << 20;

  /** An archive not read for this long belongs to a version no longer run. */
  static final Duration UNUSED = Duration.ofDays(60);

  private static final String QUIET = "-Xlog:cds*=off";

  private final Path cache;
  private final String place;
  private final String prefix;
  private final boolean canDump;
  private Path dumping;

  /**
   * @param place the start of the names of every archive of the jar's place and Java
   * @param build the key of the jar's and Java's build
   */
  private StartupArchive(Path cache, String place, String build, boolean canDump) {
    this.cache = cache;
    this.place = place;
    this.prefix = place + "-" + build;
    this.canDump = canDump;
  }

  /**
   * The archive for this JVM's jar, or empty when there is none to use or make: {@code
   * CHARTA_CDS=off}, no cache folder, the program not run from one jar ({@code java -jar}), or the
   * user's JVM options saying anything about class-data sharing.
   *
   * @param userOptions the options the user gave the JVM, those from the environment included
   */
  static Optional<StartupArchive> forThisJvm(List<String> userOptions) {
    return of(
        System.getenv(),
        System.getProperty("java.class.path", ""),
        Path.of(System.getProperty("java.home")),
        System.getProperty("java.vm.version", ""),
        userOptions);
  }

  /** {@link #forThisJvm} for the given environment, class path, Java home and version. */
  static Optional<StartupArchive> of(
      Map<String, String> env,
      String classPath,
      Path javaHome,
      String javaVersion,
      List<String> userOptions) {
    if ("off".equals(env.get(SWITCH)) || userOptions.stream().anyMatch(StartupArchive::aboutCds)) {
      return Optional.empty();
    }
    Optional<Path> cache = cacheFolder(env);
    if (cache.isEmpty() || classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    try {
      Path jar = Path.of(classPath).toRealPath();
      if (!jar.getFileName().toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      // where the jar is and which Java runs it; then which build of either
      String place = crc(jar.toString(), javaHome.toString());
      String build =
          crc(
              String.valueOf(Files.size(jar)),
              String.valueOf(Files.getLastModifiedTime(jar).toMillis()),
              javaVersion);
      // dumping needs the JDK's own base archive; without it the JVM would only warn
      boolean canDump = Files.isRegularFile(javaHome.resolve("lib/server/classes.jsa"));
      return Optional.of(new StartupArchive(cache.get(), "charta-jar-" + place, build, canDump));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String crc(String... parts) {
    CRC32 crc = new CRC32();
    for (String part : parts) {
      crc.update((part + '\n').getBytes(StandardCharsets.UTF_8));
    }
    return String.format("%08x", crc.getValue());
  }

  private static boolean aboutCds(String option) {
    return option.startsWith("-Xshare")
        || option.contains("SharedArchiveFile")
        || option.contains("ArchiveClassesAtExit")
        || option.contains("UseSharedSpaces")
        || option.contains("SharedClassListFile")
        || option.contains("DumpLoadedClassList");
  }

  private static Optional<Path> cacheFolder(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    try {
      if (xdg != null && Path.of(xdg).isAbsolute()) {
        return Optional.of(Path.of(xdg, "kontaktcharta"));
      }
      if (home != null && !home.isEmpty()) {
        return Optional.of(Path.of(home, ".cache", "kontaktcharta"));
      }
    } catch (RuntimeException e) {
      // a name that is no path: no cache
    }
    return Optional.empty();
  }

  /**
   * The options for the second JVM: the archive when a whole one is there, else the option to write
   * one when it ends (where there is room for it), else none.
   */
  List<String> options() {
    Optional<Path> archive = whole();
    if (archive.isPresent()) {
      return List.of("-XX:SharedArchiveFile=" + archive.get(), QUIET);
    }
    if (!canDump) {
      return List.of();
    }
    try {
      Files.createDirectories(cache);
      if (Files.getFileStore(cache).getUsableSpace() < FREE_SPACE_NEEDED) {
        return List.of();
      }
      dumping = cache.resolve("." + prefix + "-" + ProcessHandle.current().pid() + ".jsa.part");
      Files.deleteIfExists(dumping);
      Files.createFile(dumping);
    } catch (IOException | RuntimeException e) {
      dumping = null;
      return List.of();
    }
    return List.of("-XX:ArchiveClassesAtExit=" + dumping, QUIET);
  }

  /**
   * After the second JVM: keeps the archive it wrote when it ended with a report (exit code 0 or
   * 1), else removes what it left. Called again (the shutdown hook after the run), it does nothing.
   */
  synchronized void settle(int exitCode) {
    if (dumping == null) {
      return;
    }
    try {
      long size = Files.size(dumping);
      if (exitCode <= 1 && size > 0) {
        Path archive = cache.resolve(prefix + "-" + size + ".jsa");
        try {
          Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(dumping, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        removeReplaced(archive);
      }
    } catch (IOException | RuntimeException e) {
      // the archive is only a start-up aid: a run that cannot keep it loses nothing else
    } finally {
      try {
        Files.deleteIfExists(dumping);
      } catch (IOException e) {
        // it is never given to a JVM: only its room is lost
      }
      dumping = null;
    }
  }

  /**
   * The archive of this jar and Java whose size is the one in its name; archives cut off are
   * removed, and of two (two first runs at once) one.
   */
  private Optional<Path> whole() {
    Path found = null;
    List<Path> surplus = new ArrayList<>();
    try (DirectoryStream<Path> archives = Files.newDirectoryStream(cache, prefix + "-*.jsa")) {
      for (Path archive : archives) {
        String name = archive.getFileName().toString();
        String size = name.substring(prefix.length() + 1, name.length() - ".jsa".length());
        if (found == null && size.equals(String.valueOf(Files.size(archive)))) {
          found = archive;
        } else {
          surplus.add(archive);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    for (Path archive : surplus) {
      try {
        Files.deleteIfExists(archive);
      } catch (IOException e) {
        // tried again by the next run
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Removes the archives of earlier builds of the jar in the same place (a jar rebuilt or updated
   * there), and those of any version and Java (the launcher's too) not read for long.
   */
  private void removeReplaced(Path kept) throws IOException {
    FileTime before = FileTime.from(Instant.now().minus(UNUSED));
    try (DirectoryStream<Path> archives = Files.newDirectoryStream(cache, "charta-*.jsa")) {
      for (Path archive : archives) {
        BasicFileAttributes seen = Files.readAttributes(archive, BasicFileAttributes.class);
        boolean replaced =
            archive.getFileName().toString().startsWith(place + "-") && !archive.equals(kept);
        if (replaced || seen.lastAccessTime().compareTo(before) < 0) {
          Files.deleteIfExists(archive);
        }
      }
    }
  }
}
