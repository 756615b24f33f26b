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
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The class-data archive of the second JVM that {@code java -jar charta.jar analyse} starts ({@link
 * Relaunch}): the classes an analysis loads (about 6,000), already parsed and verified, as the
 * installed {@code charta}'s launcher keeps them. On a small export (35 MB) the archive saves a
 * fifth of the run's CPU time (4.2 instead of 5.1 s). The first such run lists the classes it
 * loads, and once it has ended the archive is made from that list, into {@code
 * ${XDG_CACHE_HOME:-$HOME/.cache}/kontaktcharta/} (once, about 3 seconds and 45 MB); every later
 * run maps it. {@code CHARTA_CDS=off} neither uses nor makes one.
 *
 * <p>A static archive, made by a JVM of its own from the list, not the dynamic one a JVM can write
 * when it ends: Java 17 leaves classes compiled for Java 5 out of a dynamic archive, and picocli's
 * 175 classes are such (with the tool's own classes that implement its interfaces). Mapped from the
 * static archive, a small run takes 0.1 s less CPU time and ends 0.1 s sooner.
 *
 * <p>The archive's name holds a key of the jar's place (its real path) and Java, and one of their
 * builds (the jar's size and time, Java's version), so that a rebuilt jar or another Java makes an
 * archive of its own instead of one the JVM would silently ignore, and replaces the one of the
 * build before; and the archive's size, so that a file cut off (a full disk, a crash) is recognised
 * and removed instead of being given to the JVM. It is made only after a run that ended well, under
 * a name of its own, and named so once it is whole.
 */
final class StartupArchive {

  /** The environment variable that turns archives off ({@code off}), as for the launcher. */
  static final String SWITCH = "CHARTA_CDS";

  /** Less free space than this in the cache: no archive is written (it takes about 45 MB). */
  static final long FREE_SPACE_NEEDED = 256L << 20;

  /** An archive not read for this long belongs to a version no longer run. */
  static final Duration UNUSED = Duration.ofDays(60);

  /** A dump that takes longer than this (it takes about 3 seconds) is given up. */
  static final Duration DUMP_TIME = Duration.ofMinutes(2);

  private static final String QUIET = "-Xlog:cds*=off";

  /** Makes the archive from the list of classes a run loaded. */
  @FunctionalInterface
  interface Dump {

    /** Writes the archive of the classes listed; true when it did. */
    boolean make(Path classList, Path archive) throws IOException, InterruptedException;
  }

  private final Path cache;
  private final String place;
  private final String prefix;
  private final Dump dump;
  private Path listing;

  /** The thread making the archive, while it does. */
  private volatile Thread settling;

  /**
   * @param place the start of the names of every archive of the jar's place and Java
   * @param build the key of the jar's and Java's build
   */
  private StartupArchive(Path cache, String place, String build, Dump dump) {
    this.cache = cache;
    this.place = place;
    this.prefix = place + "-" + build;
    this.dump = dump;
  }

  /**
   * The archive for this JVM's jar, or empty when there is none to use or make: {@code
   * CHARTA_CDS=off}, no cache folder, the program not run from one jar ({@code java -jar}), or the
   * user's JVM options saying anything about class-data sharing.
   *
   * @param java the Java command that starts the second JVM, and the dump
   * @param userOptions the options the user gave the JVM, those from the environment included
   */
  static Optional<StartupArchive> forThisJvm(String java, List<String> userOptions) {
    String classPath = System.getProperty("java.class.path", "");
    return of(
        System.getenv(),
        classPath,
        Path.of(System.getProperty("java.home")),
        System.getProperty("java.vm.version", ""),
        userOptions,
        (list, archive) -> dumpWith(dumpCommand(java, userOptions, classPath, list, archive)));
  }

  /**
   * The command of Java's dump of a static archive: a JVM of its own that loads the listed classes
   * from the class path the run had and writes them out. It is given the run's options that size
   * the heap: they decide whether object references are compressed, and an archive made the other
   * way would not be mapped.
   */
  static List<String> dumpCommand(
      String java, List<String> userOptions, String classPath, Path list, Path archive) {
    List<String> command = new ArrayList<>(List.of(java, "-Xshare:dump"));
    userOptions.stream().filter(StartupArchive::sizesTheHeap).forEach(command::add);
    command.addAll(
        List.of(
            "-XX:SharedClassListFile=" + list,
            "-XX:SharedArchiveFile=" + archive,
            QUIET,
            "-cp",
            classPath));
    return command;
  }

  private static boolean sizesTheHeap(String option) {
    return option.startsWith("-Xmx")
        || option.startsWith("-XX:MaxHeapSize")
        || option.startsWith("-XX:MaxRAM")
        || option.startsWith("-XX:ObjectAlignmentInBytes")
        || option.contains("UseCompressedOops")
        || option.contains("UseCompressedClassPointers");
  }

  /**
   * Runs the dump (about 3 seconds). Its messages are of no use to the user; a failure only means
   * no archive.
   */
  private static boolean dumpWith(List<String> command) throws IOException, InterruptedException {
    Process dumper =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!dumper.waitFor(DUMP_TIME.toSeconds(), TimeUnit.SECONDS)) {
        return false;
      }
      return dumper.exitValue() == 0;
    } finally {
      dumper.destroyForcibly();
    }
  }

  /** {@link #forThisJvm} for the given environment, class path, Java home, version and dump. */
  static Optional<StartupArchive> of(
      Map<String, String> env,
      String classPath,
      Path javaHome,
      String javaVersion,
      List<String> userOptions,
      Dump dump) {
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
      return Optional.of(new StartupArchive(cache.get(), "charta-jar-" + place, build, dump));
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
   * The options for the second JVM: the archive when a whole one is there, else the option to list
   * the classes it loads for one (where there is room for it), else none.
   */
  List<String> options() {
    Optional<Path> archive = whole();
    if (archive.isPresent()) {
      return List.of("-XX:SharedArchiveFile=" + archive.get(), QUIET);
    }
    try {
      Files.createDirectories(cache);
      if (Files.getFileStore(cache).getUsableSpace() < FREE_SPACE_NEEDED) {
        return List.of();
      }
      listing = cache.resolve("." + prefix + "-" + ProcessHandle.current().pid() + ".classlist");
      Files.deleteIfExists(listing);
      Files.createFile(listing);
    } catch (IOException | RuntimeException e) {
      listing = null;
      return List.of();
    }
    return List.of("-XX:DumpLoadedClassList=" + listing, QUIET);
  }

  /**
   * After the second JVM: makes the archive from the classes it listed when it ended with a report
   * (exit code 0 or 1), and removes the list. Called again (the shutdown hook after the run), it
   * does nothing.
   */
  synchronized void settle(int exitCode) {
    if (listing == null) {
      return;
    }
    Path part = listing.resolveSibling(listing.getFileName() + ".jsa.part");
    settling = Thread.currentThread();
    try {
      if (exitCode <= 1 && Files.size(listing) > 0 && dump.make(listing, part)) {
        long size = Files.size(part);
        if (size > 0) {
          Path archive = cache.resolve(prefix + "-" + size + ".jsa");
          try {
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
          }
          removeReplaced(archive);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the archive is only a start-up aid: a run that cannot keep it loses nothing else
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      settling = null;
      for (Path left : List.of(listing, part)) {
        try {
          Files.deleteIfExists(left);
        } catch (IOException e) {
          // never given to a JVM: only its room is lost
        }
      }
      listing = null;
    }
  }

  /**
   * Stops the making of the archive, when it is under way: the user ended the run, which should not
   * wait for it.
   */
  void abandon() {
    Thread thread = settling;
    if (thread != null) {
      thread.interrupt();
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
