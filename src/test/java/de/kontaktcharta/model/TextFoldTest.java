package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Müller|mueller",
        "ÄÖÜ äöü|aeoeue aeoeue",
        "Straße|strasse",
        "GROẞ|gross",
        "José Núñez|jose nunez",
        "Çağla|cagla",
        "Ångström|angstroem",
        "Zoë|zoe",
        "Łukasz Żółć|lukasz zolc",
        "Đorđe|dorde",
        "Søren Æbelø|soren aebelo",
        "Œuvre Þór|oeuvre thor",
        "`„Kontakte“ ‚schaden‘ «nur»`|`\"kontakte\" 'schaden' \"nur\"`",
        "`a\u00a0b\u202fc`|a b c",
        "ﬁne|fine",
        "Жанна|жанна",
        "ASCII, with 42!|ascii, with 42!",
        "``|``",
      })
  void fold(String text, String folded) {
    assertEquals(folded, TextFold.fold(text));
    StringBuilder oneByOne = new StringBuilder();
    text.chars().forEach(c -> oneByOne.append(TextFold.folded((char) c)));
    assertEquals(folded, oneByOne.toString());
  }

  @Test
  void theTableOfLatinLettersFoldsEveryCharacterAsItsDecompositionDoes() {
    StringBuilder fast = new StringBuilder();
    StringBuilder slow = new StringBuilder();
    int differ = 0;
    for (char c = 0x80; c < 0x300; c++) {
      String at = Integer.toHexString(c);
      fast.setLength(0);
      slow.setLength(0);
      TextFold.appendFolded(c, fast);
      TextFold.foldSlowly(c, slow);
      assertEquals(slow.toString(), fast.toString(), at);
      assertEquals(slow.toString(), TextFold.folded(c), at);
      differ += slow.length() == 1 && slow.charAt(0) == c ? 0 : 1;
    }
    assertTrue(differ > 300, "most of these letters fold to something else: " + differ);
  }

  @Test
  void foldNull() {
    assertEquals("", TextFold.fold(null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Dr. Müller-Lüdenscheidt, Jürgen!|dr mueller luedenscheidt juergen",
        "`  „Kontakte schaden nur dem, der keine hat“ `|kontakte schaden nur dem der keine hat",
        "Morgan Demo 🇵🇰|morgan demo",
        "...|``",
      })
  void words(String text, String words) {
    assertEquals(words, TextFold.words(text));
  }

  @Test
  void clean() {
    assertEquals("x y", TextFold.clean("\ufeff \u00a0x y\u202f\t\n"));
    assertEquals("", TextFold.clean(null));
    assertEquals("", TextFold.clean(" \u00a0 "));
  }

  @Test
  void isBlank() {
    assertTrue(TextFold.isBlank(null));
    assertTrue(TextFold.isBlank(""));
    assertTrue(TextFold.isBlank(" \u00a0\u202f\t"));
    assertFalse(TextFold.isBlank(" x "));
  }
}
