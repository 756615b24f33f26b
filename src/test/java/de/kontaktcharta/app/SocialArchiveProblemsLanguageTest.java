package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.report.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damaged and odd files of the X archive, XING's data export, Telegram, Facebook/Instagram and
 * Mastodon: each of their problems is told in German in the German report, with no piece of an
 * English sentence, and in English in the English one.
 */
class SocialArchiveProblemsLanguageTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir static Path tmp;
  private static List<Problem> problems;

  @BeforeAll
  static void analyse() throws Exception {
    List<Path> inputs =
        List.of(
            FIXTURES.resolve("x/bad"),
            FIXTURES.resolve("x/old-tweet-archive"),
            FIXTURES.resolve("telegram/bad"),
            FIXTURES.resolve("telegram/html"),
            FIXTURES.resolve("meta/broken"),
            FIXTURES.resolve("mastodon/bad"),
            FIXTURES.resolve("xingexport/variants"));
    problems =
        new AnalyseJob()
            .analyse(AnalyseSettings.of(inputs, tmp.resolve("out"), TODAY, TODAY))
            .problems();
  }

  @Test
  void everyChannelHasProblemsToTell() {
    Set<String> channels = new TreeSet<>();
    for (Problem p : problems) {
      String code = p.code();
      for (String channel : new String[] {"x-", "telegram-", "meta-", "mastodon-", "xing-"}) {
        if (code.startsWith(channel)) {
          channels.add(channel);
        }
      }
    }
    assertEquals(
        Set.of("x-", "telegram-", "meta-", "mastodon-", "xing-"), channels, problems::toString);
  }

  @Test
  void theGermanTextsHoldNoEnglishSentence() throws IOException {
    assertEquals(List.of(), foreign("de", "en"));
  }

  @Test
  void theEnglishTextsHoldNoGermanSentence() throws IOException {
    assertEquals(List.of(), foreign("en", "de"));
  }

  @Test
  void theChannelsProblemsReadDifferentlyInTheTwoLanguages() {
    Labels german = Labels.of("de");
    Labels english = Labels.of("en");
    List<String> same = new ArrayList<>();
    for (Problem p : channelProblems()) {
      if (german.text(p.message()).equals(english.text(p.message()))) {
        same.add(p.message().toString());
      }
    }
    assertEquals(List.of(), same);
  }

  private static List<Problem> channelProblems() {
    return problems.stream()
        .filter(p -> p.code().matches("(x|telegram|meta|mastodon|xing)-.*"))
        .toList();
  }

  /** The channels' problems, in one language, that hold a piece of the other language's texts. */
  private static List<String> foreign(String language, String other) throws IOException {
    Set<String> pieces = GoldenLanguageTest.pieces(load(other), load(language));
    Labels labels = Labels.of(language);
    List<String> found = new ArrayList<>();
    List<Problem> told = channelProblems();
    assertTrue(told.size() > 20, problems::toString);
    for (Problem p : told) {
      String text = labels.text(p.message());
      for (String piece : pieces) {
        if (text.contains(piece)) {
          found.add(text + "  <- " + piece);
        }
      }
    }
    return found;
  }

  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
