package de.kontaktcharta.input.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

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
}
