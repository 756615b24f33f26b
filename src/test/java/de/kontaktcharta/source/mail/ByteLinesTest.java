package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static ByteLines lines(String text, int buffer) {
    return new ByteLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), buffer);
  }

  private static String content(ByteLines lines) {
    return new String(
        lines.buffer(), lines.start, lines.contentEnd() - lines.start, StandardCharsets.ISO_8859_1);
  }

  @Test
  void findsLineEndsAtEveryPositionOfAWord() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int length = 0; length < 20; length++) {
      String line = "x".repeat(length);
      expected.add(line);
      text.append(line).append(length % 3 == 0 ? "\r\n" : "\n");
    }
    ByteLines lines = lines(text.toString(), 1024);
    List<String> found = new ArrayList<>();
    while (lines.next()) {
      assertTrue(lines.lineStart && lines.complete);
      found.add(content(lines));
      assertEquals(found.size(), lines.line());
    }
    assertEquals(expected, found);
    assertEquals(text.length(), lines.consumed());
  }

  @Test
  void lastLineWithoutLineEndIsStillALine() throws IOException {
    ByteLines lines = lines("a\nlast", 1024);
    assertTrue(lines.next());
    assertTrue(lines.next());
    assertEquals("last", content(lines));
    assertFalse(lines.next());
  }

  @Test
  void longLineComesInFragmentsOfOneLine() throws IOException {
    ByteLines lines = lines("y".repeat(2500) + "\nnext\n", 1024);
    int fragments = 0;
    while (lines.next() && lines.line() == 1) {
      fragments++;
      assertEquals(fragments == 1, lines.lineStart);
    }
    assertEquals(3, fragments);
    assertEquals("next", content(lines));
    assertEquals(2, lines.line());
  }

  @Test
  void skippingStopsAtTheNextFromLineAndCountsWhatItPassed() throws IOException {
    ByteLines lines = lines("head\nbody 1\n>From x\nFromage\nbody 4\nFrom - x\ntail\n", 1024);
    assertTrue(lines.next());
    lines.skipLinesNotStartingWithFrom();
    assertTrue(lines.next());
    assertEquals("From - x", content(lines));
    assertEquals(6, lines.line());
    assertEquals(35, lines.offset());
  }

  @Test
  void skippingInsideALongLineDoesNothing() throws IOException {
    ByteLines lines = lines("z".repeat(1500) + "\nFrom - x\n", 1024);
    assertTrue(lines.next());
    assertFalse(lines.complete);
    lines.skipLinesNotStartingWithFrom();
    assertTrue(lines.next());
    assertFalse(lines.lineStart, "still the first line");
  }
}
