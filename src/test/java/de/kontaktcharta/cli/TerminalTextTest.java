package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void lineBreaksAndTheIndentAroundThemBecomeOneSpace() {
    assertEquals(
        "ParseError at [3,468] Message: entity not declared",
        TerminalText.line("ParseError at [3,468]\r\n  Message: entity not declared"));
  }

  @Test
  void controlAndDirectionCharactersAreShownAsQuestionMarks() {
    assertEquals("a?]2;x? b?c?d", TerminalText.line("a\u001b]2;x\u0007\tb\u202ec\u0085d"));
    assertEquals("Müller שרה 🚀", TerminalText.line("Müller שרה 🚀"));
  }
}
