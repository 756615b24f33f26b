package de.kontaktcharta;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.ReadCapture;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table in {@code producers/README.md} is the specification of the producer fixtures: every
 * file has a row, every row names a file that exists, and every file is read as its row says — here
 * for the kinds the tool reads, and in the named test for the others.
 */
class ProducerFixturesTest {

  private static final Pattern SECTION = Pattern.compile("^## .*\\(`([a-z]+)/`\\)");
  private static final Pattern FIRST_CELL = Pattern.compile("^\\| ((?:`[^`]+`(?:, )?)+) \\|");
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");

  private static Path root() throws URISyntaxException {
    URL url = ProducerFixturesTest.class.getResource("/producers/README.md");
    assertNotNull(url, "missing producers/README.md");
    return Path.of(url.toURI()).getParent();
  }

  /** The files the table's first column names, relative to {@code producers/}. */
  private static List<String> namedInTable(Path root) throws IOException {
    List<String> named = new ArrayList<>();
    String folder = "";
    for (String line : Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher section = SECTION.matcher(line);
      if (section.find()) {
        folder = section.group(1) + "/";
      } else if (line.startsWith("## ")) {
        folder = "";
      }
      Matcher cell = FIRST_CELL.matcher(line);
      if (cell.find()) {
        Matcher name = NAME.matcher(cell.group(1));
        while (name.find()) {
          named.add(folder + name.group(1));
        }
      }
    }
    return named;
  }

  @Test
  void everyFixtureHasARowAndEveryRowAFile() throws IOException, URISyntaxException {
    Path root = root();
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("README.md"))
          .forEach(files::add);
    }
    TreeSet<String> named = new TreeSet<>(namedInTable(root));
    assertTrue(files.size() >= 30, "only " + files.size() + " fixtures");
    assertEquals(files, named, "fixtures and the README table differ");
  }

  @Test
  void theSevenProblemsOfTheIssueHaveTheirFixtures() throws IOException, URISyntaxException {
    String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    for (int problem = 1; problem <= 6; problem++) {
      assertTrue(readme.contains("**#" + problem + "**"), "no fixture for problem " + problem);
    }
    // the compounds of problem 7 are invitation texts
    assertTrue(
        new String(
                ProducerFixturesTest.class
                    .getResourceAsStream("/invitations/labelled.csv")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .contains("issue 16 problem 7"));
  }

  @Test
  void everyRowIsCheckedHereOrByTheTestNamedForIt() throws IOException, URISyntaxException {
    TreeSet<String> checked = new TreeSet<>(ProducerRows.READ.keySet());
    checked.addAll(ProducerRows.HELD_BY.keySet());
    assertEquals(new TreeSet<>(namedInTable(root())), checked);
    for (String test : new TreeSet<>(ProducerRows.HELD_BY.values())) {
      assertDoesNotThrow(() -> Class.forName("de.kontaktcharta." + test), test);
    }
  }

  static List<String> readFiles() {
    return new ArrayList<>(new TreeSet<>(ProducerRows.READ.keySet()));
  }

  @ParameterizedTest
  @MethodSource("readFiles")
  void everyFileOfAKindTheToolReadsGivesWhatItsRowSays(String file) throws URISyntaxException {
    ReadCapture read = ReadCapture.read(root().resolve(file));
    List<String> people = new ArrayList<>();
    read.network.forEach(e -> people.add(shown(e.person())));
    for (MeetingFact m : read.facts(MeetingFact.class)) {
      m.participants().forEach(p -> people.add(m.date() + " " + shown(p)));
    }
    ProducerRows.Expect expect = ProducerRows.READ.get(file);
    assertEquals(expect.people(), people, file);
    assertEquals(expect.problems(), read.problemCodes(), file);
    assertTrue(read.balanced(), file);
  }

  private static String shown(PersonRef p) {
    return String.join(
        " | ",
        p.shownName(),
        p.company(),
        p.position(),
        String.join(" ", p.emails()),
        String.join(" ", p.profileUrls()));
  }
}
