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
}
