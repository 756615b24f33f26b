package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "J\u00c3\u00bcrgen Wei\u00c3\u009f, Jürgen Weiß",
    "Gr\u00c3\u00bc\u00c3\u009fe aus K\u00c3\u00b6ln \u00f0\u009f\u0098\u0080, Grüße aus Köln 😀",
    "Parab\u00c3\u00a9ns, Parabéns",
    "Ana Kova\u00c4\u008d, Ana Kovač",
  })
  void utf8BytesWrittenAsLatin1CharactersAreRepaired(String broken, String repaired) {
    assertEquals(repaired, Mojibake.repair(broken));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Max Beispiel", "Müller", "Łódź", "😀 ok", "Ã", "Straße", "", "100 % – fertig"})
  void correctTextIsNeverGarbled(String text) {
    assertEquals(text, Mojibake.repair(text));
  }

  @Test
  void asciiAndNullPassUntouched() {
    String ascii = "Erika Mustermann";
    assertSame(ascii, Mojibake.repair(ascii));
    assertNull(Mojibake.repair(null));
  }
}
