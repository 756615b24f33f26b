package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"NA", "na", "n/a", "N/A", "#N/A", "-", "--", "null", "NONE", " NA "})
  void notAvailableMarkersAreEmpty(String marker) {
    assertEquals("", Cells.optional(marker));
    assertEquals(List.of(), Cells.listOf(marker));
    assertEquals(List.of(), Cells.split(marker));
  }

  @Test
  void valuesAreTrimmedIncludingNoBreakSpaces() {
    assertEquals("Acme AG", Cells.optional("\u00a0 Acme AG \t"));
    assertEquals("", Cells.optional(null));
    assertEquals(List.of("x@example.org"), Cells.listOf(" x@example.org "));
  }

  @Test
  void splitKnowsCommasSemicolonsAndGoogleSeparators() {
    assertEquals(
        List.of("a@x.de", "b@y.de", "c@z.de", "d@w.de"),
        Cells.split("a@x.de, b@y.de;c@z.de ::: d@w.de"));
    assertEquals(List.of("a@x.de", "b@y.de"), Cells.split("a@x.de,,NA, b@y.de"));
  }
}
