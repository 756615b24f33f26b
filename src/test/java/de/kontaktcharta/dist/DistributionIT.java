package de.kontaktcharta.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The unpacked distribution, linked into PATH and used from another folder. */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

  @TempDir static Path installed;
  static Distribution dist;

  @TempDir Path work;

  @BeforeAll
  static void install() throws IOException, InterruptedException {
    dist = Distribution.install(installed);
  }

  @Test
  void versionAnswersFromAnyFolderThroughTheLinkOnPath() throws Exception {
    Command run = dist.charta(work, dist.env(work.resolve("cache")), "--version");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("charta " + Distribution.version() + "\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void analyseWritesTheReportIntoTheWorkingFolder() throws Exception {
    Path samples = copyOfSamples(work.resolve("exports"));

    Command run =
        dist.charta(work, dist.env(work.resolve("cache")), "analyse", "exports", "--out", "out");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("Kontakte: 43"), run::toString);
    assertEquals("", run.err(), "no JVM warning reaches the terminal");
    try (Stream<Path> reports = Files.list(work.resolve("out"))) {
      List<String> names =
          reports.map(p -> p.getFileName().toString()).collect(Collectors.toList());
      assertTrue(
          names.stream().anyMatch(n -> n.matches("kontaktcharta-.*\\.xlsx")), names::toString);
    }
    assertTrue(Files.isDirectory(samples), "the inputs are left alone");
  }

  @Test
  void exitCodesOfTheToolArePassedThrough() throws Exception {
    Map<String, String> env = dist.env(work.resolve("cache"));

    Files.writeString(work.resolve("notiz.txt"), "Rueckruf am Montag\n");
    assertEquals(3, dist.charta(work, env, "check", "notiz.txt").exit());
    assertEquals(2, dist.charta(work, env, "check", "missing.csv").exit());
    assertEquals(2, dist.charta(work, env, "analyse", "--no-such-option", ".").exit());
  }

  @Test
  void everyCommandHasAManPageThatRenders() throws Exception {
    for (String page :
        List.of("charta", "charta-analyse", "charta-check", "charta-explain", "charta-init")) {
      assertTrue(Files.isRegularFile(dist.home().resolve("man/" + page + ".1")), page);
    }
    assumeTrue(Command.available("man"), "man is not installed here");

    Command man =
        Command.run(
            work,
            Map.of("MANWIDTH", "80"),
            "man",
            "-P",
            "cat",
            "-l",
            dist.home().resolve("man/charta-analyse.1").toString());

    assertEquals(0, man.exit(), man::toString);
    assertTrue(man.out().contains("charta-analyse"), man::toString);
    assertTrue(man.out().contains("--out=DIR"), man::toString);
    assertTrue(man.out().contains(Distribution.version()), "the footer names the version");
  }

  @Test
  void bashCompletionOffersTheCommands() throws Exception {
    assumeTrue(Command.available("bash"), "bash is not installed here");
    String script = dist.home().resolve("completion/charta.bash").toString();

    Command bash =
        Command.run(
            work,
            Map.of(),
            "bash",
            "-c",
            "source \"$1\" && complete -p charta"
                + " && COMP_WORDS=(charta an) COMP_CWORD=1 COMP_LINE='charta an' COMP_POINT=9"
                + " && _complete_charta && echo \"offered: ${COMPREPLY[*]}\"",
            "bash",
            script);

    assertEquals(0, bash.exit(), bash::toString);
    assertTrue(bash.out().contains("_complete_charta charta"), bash::toString);
    assertTrue(bash.out().contains("offered: analyse"), bash::toString);
  }

  @Test
  void theSameCompletionLoadsInZsh() throws Exception {
    assumeTrue(Command.available("zsh"), "zsh is not installed here");
    String script = dist.home().resolve("completion/charta.bash").toString();

    // -f: none of the user's start-up files; the script sets up zsh's bash completion itself.
    Command zsh =
        Command.run(
            work,
            Map.of("HOME", work.toString()),
            "zsh",
            "-f",
            "-c",
            "source \"$1\" && print -r -- \"completion: ${_comps[charta]}\"",
            "zsh",
            script);

    assertEquals(0, zsh.exit(), zsh::toString);
    assertTrue(zsh.out().contains("_complete_charta"), zsh::toString);
  }

  @Test
  void everyBundledLibraryIsNamedWithItsLicence() throws Exception {
    String notice = Files.readString(dist.home().resolve("NOTICE"), StandardCharsets.UTF_8);
    String thirdParty =
        Files.readString(dist.home().resolve("licenses/THIRD-PARTY.txt"), StandardCharsets.UTF_8);
    assertTrue(
        Files.readString(dist.home().resolve("LICENSE")).contains("Apache License"), "LICENSE");

    List<String> libraries;
    try (Stream<Path> jars = Files.list(dist.home().resolve("lib"))) {
      libraries =
          jars.map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith("kontaktcharta-"))
              .map(n -> n.replaceFirst("-\\d[^-]*\\.jar$", ""))
              .collect(Collectors.toList());
    }
    assertTrue(libraries.size() > 10, libraries::toString);
    for (String library : libraries) {
      assertTrue(
          Pattern.compile(":" + Pattern.quote(library) + "\\s").matcher(notice).find(),
          library + " is not named in NOTICE");
      assertTrue(thirdParty.contains(":" + library + ":"), library + " not in THIRD-PARTY.txt");
      try (Stream<Path> texts = Files.list(dist.home().resolve("licenses/" + library))) {
        assertTrue(texts.findAny().isPresent(), library + " has no licence text");
      }
    }
  }

  private static Path copyOfSamples(Path target) throws IOException {
    Path samples = Path.of("samples");
    try (Stream<Path> files = Files.walk(samples)) {
      for (Path file : files.collect(Collectors.toList())) {
        Files.copy(file, target.resolve(samples.relativize(file).toString()));
      }
    }
    return target;
  }
}
