package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.TextFold;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseFilterTest {

  private final PhraseFilter filter =
      PhraseFilter.of(
          List.of("auf der messe", "*versicherung", "kennen gelernt", "e mail"), List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the longest word of a phrase|Wir waren AUF DER MESSE in Köln.|true",
        "a compound part|Ihre Berufsunfähigkeitsversicherungen|true",
        "the words of a phrase across punctuation|Wir haben uns kennen-gelernt.|true",
        "a phrase across a hyphen and spaces|Bitte per E – Mail|true",
        "a phrase inside longer words|Wir waren drauf der Messestand.|true",
        "one word of a phrase alone|Gut gelernt!|false",
        "another word of a phrase alone|Mailbox voll|false",
        "none of them|Vielen Dank für die schnelle Antwort.|false",
        "a word broken by punctuation|versiche-rung|false",
        "the empty text||false"
      })
  void saysNoOnlyWhenNoPhraseCanOccur(String what, String text, boolean may) {
    assertEquals(may, filter.mayMatch(text == null ? "" : text), what);
  }

  @Test
  void umlautsAreFoldedBeforeTheyAreSearched() {
    PhraseFilter f = PhraseFilter.of(List.of("gespraech"), List.of());
    assertTrue(f.mayMatch("Danke für das Gespräch!"));
    assertTrue(f.mayMatch("GESPRÄCH"));
    assertFalse(f.mayMatch("Gesprach"), "a missing umlaut is another word");
  }

  @Test
  void thePhraseIsSearchedByItsLongestRunOfWordsWithoutAStar() {
    assertEquals("versicherung", PhraseFilter.longestWord("*versicherung"));
    assertEquals("das nette gespraech", PhraseFilter.longestWord("das nette Gespräch"));
    assertEquals("sie als berater", PhraseFilter.longestWord("sie als berater*"));
    assertEquals("business coaching", PhraseFilter.longestWord("*Business-Coaching"));
    assertEquals("kostenlose", PhraseFilter.longestWord("kostenlose* check"));
    assertEquals(null, PhraseFilter.longestWord("..."));
  }

  @Test
  void aRegularExpressionCannotBeJudgedSoEveryTextMayMatch() {
    PhraseFilter f = PhraseFilter.of(List.of("getroffen"), List.of("\\btreff"));
    assertTrue(f.mayMatch("nichts davon"));
  }

  @Test
  void aWordThatStartsInsideAPartlyMatchedOneIsFound() {
    // "kontakt" of "kontakte" is matched when the "i" fails it; "aktie" started inside it, and the
    // failure links carry the search on there instead of starting over after the "i"
    PhraseFilter f = PhraseFilter.of(List.of("kontakte", "aktie"), List.of());
    assertTrue(f.mayMatch("Kontaktie"));
    assertTrue(f.mayMatch("Kontakte"));
    assertFalse(f.mayMatch("Kontakt Tie"));
  }

  /**
   * Every character from U+0080 on, between the words of a phrase and inside a word, is read as its
   * folding reads: the phrase may occur exactly when the folded words of the text hold it.
   */
  @Test
  void everyCharacterIsReadAsItsFoldingReads() {
    int apart = 0;
    for (char c = 0x80; c < 0xffff; c++) {
      for (String text : List.of("kennen" + c + "gelernt", "versiche" + c + "rung")) {
        String words = " " + TextFold.words(text) + " ";
        boolean expected = words.contains("kennen gelernt") || words.contains("versicherung");
        int code = c;
        assertEquals(expected, filter.mayMatch(text), () -> "U+" + Integer.toHexString(code));
        apart += expected ? 1 : 0;
      }
    }
    assertTrue(apart > 1000, "characters that separate words: " + apart);
  }

  /** The filter of the built-in charter never hides a hint that the phrase matcher finds. */
  @Test
  void noTextOfTheLabelledSetThatHintsAtAReasonIsFilteredOut() throws IOException {
    FoldedText folded = new FoldedText();
    int hinting = 0;
    int filteredOut = 0;
    for (LabelledInvitation row : LabelledInvitation.load()) {
      folded.reset(row.text());
      // the matchers alone, without the filter's first look
      boolean hints = !RULES.matchedHints(folded).isEmpty();
      hinting += hints ? 1 : 0;
      if (!RULES.mayHint(row.text())) {
        filteredOut++;
        assertFalse(hints, row.id() + " hints at a reason but was filtered out");
      }
    }
    assertTrue(hinting > 50, "the set has texts with hints: " + hinting);
    assertTrue(filteredOut > 50, "the filter sorts out texts without hints: " + filteredOut);
  }
}
