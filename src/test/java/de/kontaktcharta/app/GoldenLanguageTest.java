package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden report of {@code samples/} speaks one language: the German one holds no piece of an
 * English text (a problem, a rule, a label), the English one none of a German text.
 */
class GoldenLanguageTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void theGermanReportHoldsNoEnglishText() throws IOException {
    assertEquals(List.of(), foreignPieces("de", "en"));
  }

  @Test
  void theEnglishReportHoldsNoGermanText() throws IOException {
    assertEquals(List.of(), foreignPieces("en", "de"));
  }

  @Test
  void thePiecesLookedForAreMany() throws IOException {
    assertTrue(pieces(load("en"), load("de")).size() > 300);
  }

  /** The pieces of the other language's texts that the report in one language holds. */
  private static List<String> foreignPieces(String language, String other) throws IOException {
    String report = report(language);
    List<String> found = new ArrayList<>();
    for (String piece : pieces(load(other), load(language))) {
      if (report.contains(piece)) {
        found.add(piece);
      }
    }
    return found;
  }

  /**
   * The parts between the values of every text of one language that none of the other language's
   * texts holds, long enough to be words of a language rather than a name or a sign.
   */
  static Set<String> pieces(Properties texts, Properties others) {
    List<String> otherTexts = new ArrayList<>();
    others.stringPropertyNames().forEach(k -> otherTexts.add(others.getProperty(k)));
    Set<String> out = new TreeSet<>();
    for (String key : texts.stringPropertyNames()) {
      for (String piece : texts.getProperty(key).split("\\{\\d+}")) {
        String p = piece.strip();
        if (p.length() >= 10
            && p.split("\\s+").length >= 2
            && otherTexts.stream().noneMatch(t -> t.contains(p))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static String report(String language) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(GOLDEN.resolve(language))) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        GoldenLanguageTest.class.getResourceAsStream(
            "/de/kontaktcharta/report/labels_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
