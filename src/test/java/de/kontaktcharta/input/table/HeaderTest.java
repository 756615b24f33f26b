package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header lookup and row access. */
class HeaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "First Name|first name",
        "`\ufeffFirst Name`|first name",
        "`  \"Connected On\" `|connected on",
        "`Sent\u00a0  At`|sent at",
        "inviterProfileUrl|inviterprofileurl",
        "``|``",
      })
  void normalise(String name, String expected) {
    assertEquals(expected, Header.normalise(name));
  }

  @Test
  void nullNameIsEmpty() {
    assertEquals("", Header.normalise(null));
  }

  @Test
  void lookupIsCaseInsensitiveAndTakesTheFirstOfDuplicates() {
    Header h = new Header(4, List.of("Company Names", "Job Titles", "COMPANY NAMES", ""));
    assertEquals(0, h.indexOf("company names"));
    assertEquals(1, h.indexOf("missing", "job titles"));
    assertEquals(-1, h.indexOf("missing"));
    assertTrue(h.has("job titles"));
    assertFalse(h.has("url"));
    assertEquals(4, h.size());
    assertEquals(4, h.line());
  }

  @Test
  void headerIsImmutable() {
    List<String> names = new ArrayList<>(List.of("a"));
    Header h = new Header(1, names);
    names.add("b");
    assertEquals(1, h.size());
    assertThrows(UnsupportedOperationException.class, () -> h.names().add("c"));
  }

  @Test
  void rowCellsOutsideTheRowAreEmpty() {
    Row row = new Row(7, Arrays.asList("a", null, " "));
    assertEquals("a", row.get(0));
    assertEquals("", row.get(1));
    assertEquals("", row.get(-1), "a missing column");
    assertEquals("", row.get(3));
    assertEquals(3, row.size());
    assertFalse(row.isBlank());
    assertTrue(new Row(8, Arrays.asList("", null, "\t")).isBlank());
  }
}
