package de.kontaktcharta.review;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.report.Labels;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what users type into the review columns: codes in any case, the report's labels in either
 * language, a few plain words, and a dash to clear a value.
 */
final class ReviewValues {

  /**
   * What clears a value. "löschen" and "delete" are not among them: in the Decision column they
   * mean the contact, not the cell, and a user's decision must never vanish by a misreading.
   */
  private static final Set<String> CLEAR = Set.of("-", "–", "—", "keiner", "keine", "kein", "none");

  private final Map<String, ReasonCode> reasons = new HashMap<>();
  private final Map<String, Decision> decisions = new HashMap<>();

  ReviewValues() {
    for (String language : new String[] {"de", "en"}) {
      Labels labels = Labels.of(language);
      for (ReasonCode r : ReasonCode.values()) {
        reasons.put(TextFold.words(labels.get("reason", r)), r);
      }
    }
    for (ReasonCode r : ReasonCode.values()) {
      reasons.put(TextFold.words(r.name()), r);
    }
    for (Decision d : Decision.values()) {
      decisions.put(TextFold.words(d.name()), d);
    }
    decisions.put("behalten", Decision.KEEP);
    decisions.put("keep", Decision.KEEP);
    decisions.put("entfernen", Decision.REMOVE);
    decisions.put("loesen", Decision.REMOVE);
    decisions.put("loeschen", Decision.REMOVE);
    decisions.put("delete", Decision.REMOVE);
    decisions.put("remove", Decision.REMOVE);
    decisions.put("nur folgen", Decision.FOLLOW_ONLY);
    decisions.put("folgen", Decision.FOLLOW_ONLY);
    decisions.put("follow", Decision.FOLLOW_ONLY);
    decisions.put("annehmen", Decision.ACCEPT);
    decisions.put("ablehnen", Decision.DECLINE);
  }

  /** True when the cell asks to clear the value. */
  boolean clears(String cell) {
    return CLEAR.contains(TextFold.words(cell)) || CLEAR.contains(cell.strip());
  }

  Optional<ReasonCode> reason(String cell) {
    return Optional.ofNullable(reasons.get(TextFold.words(cell)));
  }

  Optional<Decision> decision(String cell) {
    return Optional.ofNullable(decisions.get(TextFold.words(cell)));
  }
}
