package de.kontaktcharta.source.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastTwoTest {

  private final List<String> made = new ArrayList<>();
  private final LastTwo<String> lastTwo =
      new LastTwo<>(
          (a, b) -> {
            made.add(a + "|" + b);
            return new String(a + "|" + b);
          });

  @Test
  void twoPeopleTakingTurnsAreMadeOnceEach() {
    String anna = lastTwo.get("Anna", "u1");
    String me = lastTwo.get("Ich", "u0");
    for (int i = 0; i < 5; i++) {
      assertSame(anna, lastTwo.get("Anna", "u1"));
      assertSame(me, lastTwo.get("Ich", "u0"));
    }
    assertEquals(List.of("Anna|u1", "Ich|u0"), made);
  }

  @Test
  void aThirdPairIsMadeAndTheOldestForgotten() {
    String anna = lastTwo.get("Anna", "u1");
    lastTwo.get("Ben", "u2");
    assertEquals("Carl|u3", lastTwo.get("Carl", "u3"));
    // Ben was asked for after Anna, so Ben is kept and Anna made again
    assertEquals("Ben|u2", lastTwo.get("Ben", "u2"));
    String again = lastTwo.get("Anna", "u1");
    assertEquals(anna, again);
    assertNotSame(anna, again);
    assertEquals(List.of("Anna|u1", "Ben|u2", "Carl|u3", "Anna|u1"), made);
  }

  @Test
  void bothValuesOfThePairCount() {
    assertEquals("Anna|u1", lastTwo.get("Anna", "u1"));
    assertEquals("Anna|u9", lastTwo.get("Anna", "u9"));
    assertEquals("Bea|u1", lastTwo.get("Bea", "u1"));
    assertEquals(3, made.size());
  }
}
