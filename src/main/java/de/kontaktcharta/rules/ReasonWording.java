package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.ReasonCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording of every reason, matched in as few passes as possible, since it is asked for every
 * message of an archive: the raw text first goes through a {@link PhraseFilter}; a text that passes
 * is matched against the phrases of all reasons at once, and only a reason with a phrase in the
 * text is checked for the words of its {@code unless} list close by.
 */
final class ReasonWording {

  private final PhraseFilter filter;
  private final PhraseMatcher phrases;
  private final Map<String, Set<ReasonCode>> reasonsOf = new HashMap<>();
  private final Map<ReasonCode, PhraseMatcher> negations = new EnumMap<>(ReasonCode.class);
  private final Map<ReasonCode, PhraseMatcher> patterns = new EnumMap<>(ReasonCode.class);

  /**
   * @param reasons the reasons that wording hints at; the exceptions of any of them keep a compound
   *     part of every one from matching
   */
  ReasonWording(Charter charter, List<ReasonCode> reasons) {
    List<String> allPhrases = new ArrayList<>();
    List<String> allPatterns = new ArrayList<>();
    List<String> allExceptions = new ArrayList<>();
    for (ReasonCode reason : reasons) {
      Charter.Wording w = charter.wording(reason);
      for (String phrase : w.phrases()) {
        allPhrases.add(phrase);
        reasonsOf.computeIfAbsent(phrase, p -> EnumSet.noneOf(ReasonCode.class)).add(reason);
      }
      allPatterns.addAll(w.patterns());
      allExceptions.addAll(w.exceptions());
      if (!w.unless().isEmpty()) {
        negations.put(reason, new PhraseMatcher(w.unless(), List.of()));
      }
      if (!w.patterns().isEmpty()) {
        patterns.put(reason, new PhraseMatcher(List.of(), w.patterns()));
      }
    }
    filter = PhraseFilter.of(allPhrases, allPatterns);
    phrases = new PhraseMatcher(allPhrases, List.of(), allExceptions);
  }

  /** True when the charter gives any reason wording at all. */
  boolean isEmpty() {
    return phrases.isEmpty() && patterns.isEmpty();
  }

  /** False when the raw text cannot hint at any reason. */
  boolean mayHint(CharSequence raw) {
    return filter.mayMatch(raw);
  }

  /** {@link #matched} for a text that passes the filter; nothing for one that does not. */
  Map<ReasonCode, String> hints(FoldedText text) {
    return filter.mayMatch(text.raw()) ? matched(text) : Map.of();
  }

  /**
   * The reasons the text hints at (in the order of {@link ReasonCode}), each with its first phrase
   * in the text that no word of the reason's {@code unless} list cancels close by, else its first
   * pattern.
   */
  Map<ReasonCode, String> matched(FoldedText text) {
    List<PhraseMatcher.Hit> hits = phrases.findAll(text);
    if (hits.isEmpty() && patterns.isEmpty()) {
      return Map.of();
    }
    Map<ReasonCode, String> hints = new EnumMap<>(ReasonCode.class);
    Map<ReasonCode, List<PhraseMatcher.Hit>> against = new EnumMap<>(ReasonCode.class);
    for (PhraseMatcher.Hit hit : hits) {
      for (ReasonCode reason : reasonsOf.get(hit.phrase())) {
        if (!hints.containsKey(reason) && !negated(reason, hit, text, against)) {
          hints.put(reason, hit.phrase());
        }
      }
    }
    for (Map.Entry<ReasonCode, PhraseMatcher> p : patterns.entrySet()) {
      if (!hints.containsKey(p.getKey())) {
        // a pattern has no place in the text to check a negation against
        p.getValue().find(text).ifPresent(h -> hints.put(p.getKey(), h.phrase()));
      }
    }
    return hints;
  }

  private boolean negated(
      ReasonCode reason,
      PhraseMatcher.Hit hit,
      FoldedText text,
      Map<ReasonCode, List<PhraseMatcher.Hit>> against) {
    PhraseMatcher unless = negations.get(reason);
    if (unless == null) {
      return false;
    }
    List<PhraseMatcher.Hit> words = against.computeIfAbsent(reason, r -> unless.findAll(text));
    return TextSignals.near(text, hit, words);
  }
}
