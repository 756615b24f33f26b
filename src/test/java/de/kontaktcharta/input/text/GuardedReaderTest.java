package de.kontaktcharta.input.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedReaderTest {

  @Test
  void failsWhenOneRecordReadsBeyondTheBound() throws IOException {
    try (GuardedReader reader = new GuardedReader(new StringReader("x".repeat(1000)), 100)) {
      char[] buffer = new char[60];
      assertEquals(60, reader.read(buffer, 0, 60));
      GuardedReader.RecordTooLongException e =
          assertThrows(
              GuardedReader.RecordTooLongException.class, () -> reader.read(buffer, 0, 60));
      assertEquals(
          "record longer than 100 characters (an unbalanced quote or an endless line)",
          e.getMessage());
    }
  }

  @Test
  void startRecordResetsTheCount() throws IOException {
    try (Reader reader = new GuardedReader(new StringReader("x".repeat(1000)), 100)) {
      GuardedReader guard = (GuardedReader) reader;
      for (int i = 0; i < 10; i++) {
        guard.startRecord();
        for (int c = 0; c < 100; c++) {
          assertEquals('x', guard.read());
        }
      }
      assertEquals(-1, guard.read(), "1000 characters in records of 100 all pass");
    }
  }

  @Test
  void singleCharacterReadsCountToo() throws IOException {
    try (GuardedReader reader = new GuardedReader(new StringReader("abc"), 2)) {
      assertEquals('a', reader.read());
      assertEquals('b', reader.read());
      assertThrows(GuardedReader.RecordTooLongException.class, reader::read);
    }
  }

  @Test
  void tabsAndLineBreaksAreNoControlCharacters() throws IOException {
    String text = "Anna\tBerg\r\nBen \"x\ny\"\rZoë\r\n".repeat(3000);
    assertEquals(text, readAll(scanning(text), 100));
    assertFalse(scanning(text).sawControls());
    GuardedReader watched = watching(text);
    assertEquals(text, readAll(watched, 100));
    assertFalse(watched.sawControls());
  }

  /**
   * The decoder notes a control character wherever it stands: in a run of ASCII, after a line
   * break, after a multi-byte character, after a stray Windows-1252 byte, at a read's first place.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000Anna",
        "Anna Berg\u0007",
        "Anna\n\u001b[31mBerg",
        "Zoë\u0001",
        "\u00e9\u0008",
        "a\r\n\u000b"
      })
  void aWatchingDecoderSeesWhatAScanSees(String tail) throws IOException {
    String text = "Anna,Berg\r\n".repeat(5000) + tail + ",x\r\n";
    for (int chunk : new int[] {1, 7, 8192}) {
      GuardedReader scanned = scanning(text);
      GuardedReader watched = watching(text);
      assertEquals(text, readAll(scanned, chunk));
      assertEquals(text, readAll(watched, chunk));
      assertTrue(scanned.sawControls(), tail);
      assertTrue(watched.sawControls(), tail);
    }
  }

  @Test
  void aStrayWindows1252ByteIsNoControlCharacter() throws IOException {
    // 0x81 and 0x9d read as the C1 characters U+0081 and U+009D, which are not below U+0020
    byte[] data = {'A', (byte) 0x81, 'B', (byte) 0x9d, '\n'};
    Utf8FallbackReader decoder = new Utf8FallbackReader(new ByteArrayInputStream(data));
    GuardedReader guard = new GuardedReader(new BufferedReader(decoder), 100, decoder);
    assertEquals("A\u0081B\u009d\n", readAll(guard, 3));
    assertFalse(guard.sawControls());
  }

  private static GuardedReader scanning(String text) {
    return new GuardedReader(new StringReader(text), Long.MAX_VALUE);
  }

  /** The chain a CSV file in UTF-8 is read through. */
  private static GuardedReader watching(String text) {
    Utf8FallbackReader decoder =
        new Utf8FallbackReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return new GuardedReader(new BufferedReader(decoder, 1 << 16), Long.MAX_VALUE, decoder);
  }

  private static String readAll(GuardedReader reader, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
