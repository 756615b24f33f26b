package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void lfCrlfAndCrAllEndLines() throws IOException {
    TextLines lines = new TextLines(new StringReader("a\nb\r\nc\rd\r\n\ne"));
    for (String expected : new String[] {"a", "b", "c", "d", "", "e"}) {
      assertEquals(expected, lines.next());
    }
    assertNull(lines.next());
  }

  @Test
  void endlessLineIsCutAndTheNextLineStillFollows() throws IOException {
    TextLines lines = new TextLines(new StringReader("x".repeat(200_000) + "\nnext\n"));
    assertEquals(TextLines.MAX_LINE, lines.next().length());
    assertEquals("next", lines.next());
    assertNull(lines.next());
  }
}
