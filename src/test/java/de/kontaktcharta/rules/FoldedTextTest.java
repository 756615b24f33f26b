package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

  private static List<String> tokens(FoldedText text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.tokenCount(); i++) {
      out.add(text.token(i));
    }
    return out;
  }

  @Test
  void wordsAreFoldedAndPunctuationSeparatesThem() {
    FoldedText text = new FoldedText().reset("Grüße, Jürgen! Wir sehen uns auf der Messe.");
    assertEquals(
        List.of("gruesse", "juergen", "wir", "sehen", "uns", "auf", "der", "messe"), tokens(text));
    assertEquals("gruesse juergen wir sehen uns auf der messe", text.words());
    assertEquals("gruesse, juergen! wir sehen uns auf der messe.", text.punctuated());
  }

  @Test
  void oneInstanceTakesTextAfterTextWithoutLeftovers() {
    FoldedText text = new FoldedText();
    text.reset("Ein sehr langer Text mit vielen Wörtern, die Platz brauchen");
    text.reset("Kurz");
    assertEquals(List.of("kurz"), tokens(text));
    assertEquals("kurz", text.punctuated());
    text.reset(null);
    assertEquals(0, text.tokenCount());
  }

  @Test
  void aTokenHashIsTheHashOfItsText() {
    FoldedText text = new FoldedText().reset("Zusammenarbeit");
    assertEquals("zusammenarbeit".hashCode(), text.hash(0, text.tokenLength(0)));
    assertEquals("zus".hashCode(), text.hash(0, 3));
    assertEquals("zusa".hashCode(), text.hash(0, 4));
  }
}
