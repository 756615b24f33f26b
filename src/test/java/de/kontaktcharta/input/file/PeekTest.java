package de.kontaktcharta.input.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.CountedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A peek gives the first bytes and then the whole content, from one opening of the file. */
class PeekTest {

  @TempDir Path dir;

  @Test
  void theStreamStartsWithTheHeadAndGoesOnToTheEnd() throws IOException {
    byte[] content = new byte[100_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    Path path = Files.write(dir.resolve("chat.json"), content);
    CountedFile file = new CountedFile(path);
    try (Peek peek = file.peek(8192)) {
      assertEquals(8192, peek.head().length);
      assertArrayEquals(java.util.Arrays.copyOf(content, 8192), peek.head());
      assertArrayEquals(content, peek.stream().readAllBytes());
    }
    assertEquals(1, file.opened(), "opened once");
  }

  @Test
  void aFileShorterThanTheHeadIsAllHead() throws IOException {
    Path path = Files.writeString(dir.resolve("mail.eml"), "From: a@b\r\n\r\nHallo");
    try (Peek peek = new DiskFile(path, "mail.eml").peek(8192)) {
      assertEquals("From: a@b\r\n\r\nHallo", new String(peek.head(), StandardCharsets.UTF_8));
      assertEquals(
          "From: a@b\r\n\r\nHallo",
          new String(peek.stream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
