package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What a cell may hold: the characters XML 1.0 allows, a surrogate only in its pair. */
class CellTextTest {

  /** XML 1.0's Char production, for one UTF-16 unit that is no surrogate. */
  private static boolean xmlChar(char c) {
    return c == 0x9
        || c == 0xa
        || c == 0xd
        || (c >= 0x20 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd);
  }

  @Test
  void everyCharacterIsKeptOrDroppedAsXmlSays() {
    for (int code = 0; code <= 0xffff; code++) {
      char c = (char) code;
      if (Character.isSurrogate(c)) {
        continue;
      }
      String hex = Integer.toHexString(code);
      assertEquals(
          xmlChar(c) ? "ab" + c + "cd" : "abcd", CellText.stripIllegal("ab" + c + "cd"), hex);
      assertEquals(xmlChar(c) ? c + "cd" : "cd", CellText.stripIllegal(c + "cd"), hex);
    }
  }

  @Test
  void surrogatesStayOnlyInPairs() {
    String pair = "😀";
    assertSame(pair, CellText.stripIllegal(pair));
    assertEquals("a😀b", CellText.stripIllegal("a😀b"));
    assertEquals("ab", CellText.stripIllegal("a\ud83db"), "a high surrogate alone");
    assertEquals("ab", CellText.stripIllegal("a\ude00b"), "a low surrogate alone");
    assertEquals("a😀", CellText.stripIllegal("a\ude00😀\ud83d"), "pairs kept, halves dropped");
  }

  @Test
  void legalTextIsTheSameString() {
    String text = "Anna Berg\tZoë → 東京\r\n" + "x".repeat(10_000);
    assertSame(text, CellText.stripIllegal(text));
  }
}
