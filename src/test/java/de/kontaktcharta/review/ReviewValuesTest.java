package de.kontaktcharta.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.ReasonCode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What users type into the review columns. */
class ReviewValuesTest {

  private final ReviewValues values = new ReviewValues();

  @ParameterizedTest
  @CsvSource({
    "KEEP, KEEP",
    "behalten, KEEP",
    "Entfernen, REMOVE",
    "löschen, REMOVE",
    "Delete, REMOVE",
    "nur folgen, FOLLOW_ONLY",
    "Ablehnen, DECLINE"
  })
  void decisionsInCodesAndWords(String cell, Decision expected) {
    assertEquals(Optional.of(expected), values.decision(cell));
    assertFalse(values.clears(cell), "a decision word never clears the cell");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "–", "keiner", "none"})
  void onlyADashOrNoneClears(String cell) {
    assertTrue(values.clears(cell));
  }

  @ParameterizedTest
  @CsvSource({"Begegnet, MET", "Met, MET", "client, CLIENT"})
  void reasonsInCodesAndLabels(String cell, ReasonCode expected) {
    assertEquals(Optional.of(expected), values.reason(cell));
  }

  /** People type words, not codes: in any case, German or English, umlauts or not. */
  @ParameterizedTest
  @CsvSource({
    "kunde, CLIENT",
    "KUNDIN, CLIENT",
    "Partner, CLIENT",
    "Lieferant, CLIENT",
    "Geschäftspartner, CLIENT",
    "Geschaeftspartner, CLIENT",
    "customer, CLIENT",
    "supplier, CLIENT",
    "getroffen, MET",
    "persönlich kennengelernt, MET",
    "Persoenlich kennengelernt, MET",
    "Treffen, MET",
    "met, MET",
    "Austausch, EXCHANGE",
    "Kontakt per Mail, EXCHANGE",
    "Kontakt per E-Mail, EXCHANGE",
    "exchange, EXCHANGE",
    "Interessent, PROSPECT",
    "Anfrage, PROSPECT",
    "lead, PROSPECT",
    "Profil, PROFILE",
    "profile, PROFILE"
  })
  void reasonsInWords(String cell, ReasonCode expected) {
    assertEquals(Optional.of(expected), values.reason(cell));
  }

  @ParameterizedTest
  @CsvSource({
    "keep, KEEP",
    "Remove, REMOVE",
    "loeschen, REMOVE",
    "follow only, FOLLOW_ONLY",
    "Nur Folgen, FOLLOW_ONLY",
    "annehmen, ACCEPT",
    "accept, ACCEPT",
    "decline, DECLINE"
  })
  void decisionsInEnglishAndWithoutUmlauts(String cell, Decision expected) {
    assertEquals(Optional.of(expected), values.decision(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kein Kunde", "Kunde?!x", "vielleicht", "Kundenliste 2019"})
  void otherTextIsNoReason(String cell) {
    assertEquals(Optional.empty(), values.reason(cell));
  }

  /** Every word offered as a hint is understood as what it is offered for. */
  @org.junit.jupiter.api.Test
  void everyListedWordIsUnderstood() {
    for (ReasonCode r : ReasonCode.values()) {
      for (String word : ReviewValues.words(r)) {
        assertEquals(Optional.of(r), values.reason(word), word);
        assertEquals(Optional.of(r), values.reason(word.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    for (Decision d : Decision.values()) {
      for (String word : ReviewValues.words(d)) {
        assertEquals(Optional.of(d), values.decision(word), word);
      }
    }
    assertTrue(ReviewValues.words(ReasonCode.CLIENT).contains("Kunde"));
  }

  /** The report's hints on the review columns name only words that are understood as named. */
  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void theReportsHintsListUnderstoodWords(String language) {
    de.kontaktcharta.report.Labels labels = de.kontaktcharta.report.Labels.of(language);
    java.util.regex.Pattern entry = java.util.regex.Pattern.compile("([^;:.()]+)\\((\\w+)\\)");
    int words = 0;
    for (String key : new String[] {"hint.reason", "hint.decision"}) {
      String hint = labels.get(key);
      assertTrue(hint.length() <= 255, "Excel shows 255 characters: " + hint);
      java.util.regex.Matcher m = entry.matcher(hint);
      while (m.find()) {
        for (String word : m.group(1).split(",")) {
          Optional<?> read =
              key.equals("hint.reason")
                  ? values.reason(word.strip())
                  : values.decision(word.strip());
          assertEquals(m.group(2), read.map(Object::toString).orElse("?"), word);
          words++;
        }
      }
    }
    assertTrue(words >= 15, "words listed: " + words);
  }
}
