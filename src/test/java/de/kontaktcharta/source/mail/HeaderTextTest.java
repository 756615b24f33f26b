package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

  private static String decode(byte[] bytes) {
    return HeaderText.decode(bytes, 0, bytes.length);
  }

  @Test
  void validUtf8IsReadAsUtf8() {
    assertEquals("Grüße €", decode("Grüße €".getBytes(StandardCharsets.UTF_8)));
    assertEquals("😀", decode("😀".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void otherBytesAreReadAsLatin1WithoutLoss() {
    assertEquals("Grüße", decode("Grüße".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("\u00ff\u00fe", decode(new byte[] {(byte) 0xff, (byte) 0xfe}));
  }

  @Test
  void truncatedOrMalformedSequencesAreNoUtf8() {
    assertFalse(HeaderText.isUtf8(new byte[] {(byte) 0xc3}, 0, 1));
    assertFalse(HeaderText.isUtf8(new byte[] {(byte) 0xe2, (byte) 0x82}, 0, 2));
    assertFalse(HeaderText.isUtf8(new byte[] {(byte) 0xc3, 'a'}, 0, 2));
    assertFalse(HeaderText.isUtf8(new byte[] {(byte) 0xc0, (byte) 0x80}, 0, 2));
    assertTrue(HeaderText.isUtf8(new byte[] {'a', (byte) 0xc3, (byte) 0xbc}, 0, 3));
  }
}
