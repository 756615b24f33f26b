package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How wide the characters of a cell are taken to be, in digits of the default font. */
class RowHeightsTest {

  @Test
  void widthsOfLettersDigitsAndMarks() {
    assertEquals(0.85, RowHeights.weight('a'));
    assertEquals(0.85, RowHeights.weight('ß'));
    assertEquals(0.85, RowHeights.weight('_'));
    assertEquals(1.35, RowHeights.weight('m'));
    assertEquals(0.45, RowHeights.weight('i'));
    assertEquals(0.6, RowHeights.weight('t'));
    assertEquals(1.05, RowHeights.weight('A'));
    assertEquals(1.05, RowHeights.weight('Ä'));
    assertEquals(1.05, RowHeights.weight('Ж'));
    assertEquals(1.0, RowHeights.weight('7'));
    assertEquals(1.0, RowHeights.weight('٣'), "an Arabic-Indic digit is as wide as ours");
    assertEquals(RowHeights.weight('M'), RowHeights.weight('W'));
  }
}
