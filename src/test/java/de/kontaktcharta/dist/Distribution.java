package de.kontaktcharta.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The distribution as a user installs it: the {@code .tar.gz} that {@code mvn package} built,
 * unpacked into a folder of its own, with {@code bin/charta} linked into a folder on PATH.
 */
final class Distribution {

  private final Path home;
  private final Path pathFolder;

  private Distribution(Path home, Path pathFolder) {
    this.home = home;
    this.pathFolder = pathFolder;
  }

  /** Unpacks the archive with tar, which keeps the file modes it records (bin/charta's x bit). */
  static Distribution install(Path folder) throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("dist.archive"));
    Path unpacked = Files.createDirectories(folder.resolve("opt"));
    Command tar = Command.run(unpacked, Map.of(), "tar", "xzf", archive.toString());
    assertEquals(0, tar.exit(), tar::toString);
    Path home = unpacked.resolve(System.getProperty("dist.folder"));
    Path pathFolder = Files.createDirectories(folder.resolve("path"));
    Files.createSymbolicLink(pathFolder.resolve("charta"), home.resolve("bin/charta"));
    return new Distribution(home, pathFolder);
  }

  static String version() {
    return System.getProperty("dist.version");
  }

  Path home() {
    return home;
  }

  /** The folder on PATH that holds the link to bin/charta. */
  Path pathFolder() {
    return pathFolder;
  }

  /**
   * A user's environment: charta on PATH, the Java that runs this test as JAVA_HOME, the cache in
   * {@code cache}, then the changes given as name, value pairs (a null value removes the name).
   */
  Map<String, String> env(Path cache, String... changes) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", pathFolder + File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("XDG_CACHE_HOME", cache.toString());
    for (int i = 0; i + 1 < changes.length; i += 2) {
      env.put(changes[i], changes[i + 1]);
    }
    return env;
  }

  /**
   * Runs {@code charta} from {@code folder} as a shell finds it on the PATH of {@code env} (Java
   * itself would look a program up on the test's own PATH).
   */
  Command charta(Path folder, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 4];
    command[0] = "/bin/sh";
    command[1] = "-c";
    command[2] = "exec charta \"$@\"";
    command[3] = "charta";
    System.arraycopy(args, 0, command, 4, args.length);
    return Command.run(folder, env, command);
  }
}
