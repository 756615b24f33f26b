package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Charter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

  private static final PhraseMatcher STOCK =
      new PhraseMatcher(
          List.of(
              "kontakte schaden nur dem der keine hat",
              "Kontakte schaden nur denen, die keine haben",
              "vertrieb*",
              "win win"),
          List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\u201eKontakte schaden nur dem, der keine hat!\u201c – Grüße|kontakte schaden nur dem der keine hat",
        "KONTAKTE   SCHADEN nur dem der keine hat|kontakte schaden nur dem der keine hat",
        "Kontakte schaden nur denen, die keine haben.|Kontakte schaden nur denen, die keine haben",
        "Gigantische Vertriebserfolge garantiert|vertrieb*",
        "Eine Win-Win-Situation|win win",
        "Kontakte schaden nicht|",
        "Der Vertrieb|vertrieb*",
        "wir vertreiben Software|",
      })
  void findsPhrasesAfterFolding(String text, String expected) {
    String found =
        STOCK.find(new FoldedText().reset(text)).map(PhraseMatcher.Hit::phrase).orElse(null);
    assertEquals(expected, found);
  }

  private static final PhraseMatcher COMPOUNDS =
      new PhraseMatcher(
          List.of("*versicherung", "*vorsorge*", "*makler", "*business coaching"),
          List.of(),
          List.of("transportversicherung*", "schiffsmakler*"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Versicherung|*versicherung",
        "Berufsunfähigkeitsversicherung|*versicherung",
        "Krankenversicherungen|*versicherung",
        "Versicherungsnummer|",
        "Transportversicherungen|",
        "Altersvorsorgeberatung|*vorsorge*",
        "Vorsorge|*vorsorge*",
        "Immobilienmaklerinnen|*makler",
        "Maklers|*makler",
        "Schiffsmakler|",
        "Makler-Tipps|*makler",
        "Ihr Agile-Business-Coaching|*business coaching",
        "Business Coachings|",
      })
  void compoundPartsMatchWhereTheCharterMarksThemAndExceptionsNever(String text, String expected) {
    assertEquals(
        expected,
        COMPOUNDS.find(new FoldedText().reset(text)).map(PhraseMatcher.Hit::phrase).orElse(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Schön, Sie auf der Messe getroffen zu haben|getroffen",
        "Grüße aus München|München",
        "Gruesse aus Muenchen|München",
        "Wir treffen uns bald|treffen uns",
        "Zoë aus Łódź|zoe",
        "Bis bald|",
      })
  void umlautsAndAccentsMatchTheirFoldedForm(String text, String expected) {
    PhraseMatcher m =
        new PhraseMatcher(List.of("getroffen", "München", "treffen uns", "zoe"), List.of());
    assertEquals(
        expected, m.find(new FoldedText().reset(text)).map(PhraseMatcher.Hit::phrase).orElse(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Können Sie mir helfen?|true", "Freue mich auf den Austausch.|false"})
  void patternsSeeThePunctuation(String text, boolean expected) {
    PhraseMatcher question = new PhraseMatcher(List.of(), List.of("\\?"));
    assertEquals(expected, question.matches(new FoldedText().reset(text)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tr*ffen|'*' may only stand at the start or the end of a word",
        "ab*|needs at least 3",
        "...|no letters"
      })
  void badPhrasesAreExplained(String phrase, String problem) {
    String why = Charter.Wording.phraseProblem(phrase);
    assertTrue(why != null && why.contains(problem), why);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"kontakte schaden*", "win-win", "ihr profil"})
  void goodPhrasesPass(String phrase) {
    assertNull(Charter.Wording.phraseProblem(phrase));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"I'd like to add you to my professional network on LinkedIn|12", "Hallo|1", "''|0"})
  void countsWords(String text, int words) {
    assertEquals(words, new FoldedText().reset(text).tokenCount());
  }
}
