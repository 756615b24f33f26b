package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Profile links as people read them; the link keeps its address. */
class LinkTextTest {

  @Test
  void percentEscapesAreDecodedAndTheSchemeLeftOut() {
    assertEquals(
        "linkedin.com/in/carla-méndez-phd",
        LinkText.readable("https://www.linkedin.com/in/carla-m%C3%A9ndez-phd/"));
    assertEquals(
        "xing.com/profile/Max_Muster", LinkText.readable("http://xing.com/profile/Max_Muster"));
  }

  @Test
  void whatIsNoUtf8OrAControlCharacterStaysAsWritten() {
    assertEquals("a%E9b", LinkText.decode("a%E9b"));
    assertEquals("a%0Ab", LinkText.decode("a%0Ab"));
    assertEquals("100%", LinkText.decode("100%"));
  }
}
