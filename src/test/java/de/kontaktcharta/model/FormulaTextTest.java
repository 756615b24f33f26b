package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

  @Test
  void textThatLooksLikeAFormulaIsNeutralisedAndRestored() {
    for (String value : List.of("=HYPERLINK(\"http://x\")", "+49 40 123", "-1", "@SUM(A1)")) {
      String stored = FormulaText.neutralise(value);
      assertTrue(stored.startsWith("'"), stored);
      assertEquals(value, FormulaText.restore(stored));
    }
    assertEquals("Messe 2019", FormulaText.neutralise("Messe 2019"));
    assertEquals("'quoted", FormulaText.restore("'quoted"));
  }
}
