package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names as sources show them: one line, read as spelled. */
class SourceRefTest {

  /** Every character that must not be shown as it is, wherever it stands in a name. */
  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u0000', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f', '\u061c', '\u200e', '\u200f',
        '\u202a', '\u202e', '\u2066', '\u2069'
      })
  void aHiddenCharacterBecomesAQuestionMarkAnywhere(char hidden) {
    for (String name : new String[] {"%sa.csv", "a%s.csv", "Zoë%s.csv", "a.csv%s", "é→%s%s"}) {
      String given = name.replace("%s", String.valueOf(hidden));
      assertEquals(name.replace("%s", "?"), SourceRef.printable(given), given);
      assertEquals(name.replace("%s", "?"), new SourceRef(given, 1).file());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "target/bench/Complete_LinkedInDataExport_11-15-2026/messages.csv",
        " ~!\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~",
        "Ärger ß é\u00a0\u00ff→ 😀 \u2065x\u206a\u202f.csv",
        ""
      })
  void aPrintableNameIsKeptAsItIs(String name) {
    assertSame(name, SourceRef.printable(name));
  }
}
