package de.kontaktcharta.review;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.report.Labels;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what users type into the review columns: codes in any case, the report's labels in either
 * language, the words people use (German and English, with or without umlauts), and a dash to clear
 * a value. The one place that knows these words; the README and the report's hints list them.
 */
public final class ReviewValues {

  /**
   * What clears a value. "löschen" and "delete" are not among them: in the Decision column they
   * mean the contact, not the cell, and a user's decision must never vanish by a misreading.
   */
  private static final Set<String> CLEAR = Set.of("-", "–", "—", "keiner", "keine", "kein", "none");

  private static final Map<ReasonCode, List<String>> REASON_WORDS = reasonWords();
  private static final Map<Decision, List<String>> DECISION_WORDS = decisionWords();

  private final Map<String, ReasonCode> reasons = new HashMap<>();
  private final Map<String, Decision> decisions = new HashMap<>();

  public ReviewValues() {
    for (String language : new String[] {"de", "en"}) {
      Labels labels = Labels.of(language);
      for (ReasonCode r : ReasonCode.values()) {
        reasons.put(TextFold.words(labels.get("reason", r)), r);
      }
      // the report's dropdowns offer the decisions by their labels
      for (Decision d : Decision.values()) {
        if (labels.has("decision." + d.name())) {
          decisions.put(TextFold.words(labels.get("decision", d)), d);
        }
      }
    }
    REASON_WORDS.forEach((code, words) -> words.forEach(w -> reasons.put(TextFold.words(w), code)));
    for (ReasonCode r : ReasonCode.values()) {
      reasons.put(TextFold.words(r.name()), r);
    }
    DECISION_WORDS.forEach(
        (code, words) -> words.forEach(w -> decisions.put(TextFold.words(w), code)));
    for (Decision d : Decision.values()) {
      decisions.put(TextFold.words(d.name()), d);
    }
  }

  private static Map<ReasonCode, List<String>> reasonWords() {
    Map<ReasonCode, List<String>> words = new EnumMap<>(ReasonCode.class);
    words.put(
        ReasonCode.CLIENT,
        List.of(
            "Kunde",
            "Kundin",
            "Kunden",
            "Partner",
            "Partnerin",
            "Geschäftspartner",
            "Geschäftspartnerin",
            "Lieferant",
            "Lieferantin",
            "Dienstleister",
            "customer",
            "client",
            "supplier",
            "vendor",
            "partner",
            "business partner"));
    words.put(
        ReasonCode.MET,
        List.of(
            "getroffen",
            "kennengelernt",
            "persönlich kennengelernt",
            "persönlich getroffen",
            "Treffen",
            "begegnet",
            "met",
            "meeting",
            "met in person"));
    words.put(
        ReasonCode.EXCHANGE,
        List.of(
            "Austausch",
            "Kontakt per Mail",
            "Kontakt per E-Mail",
            "Mailkontakt",
            "exchange",
            "in touch",
            "correspondence"));
    words.put(
        ReasonCode.PROSPECT,
        List.of(
            "Interessent", "Interessentin", "Anfrage", "potenzieller Kunde", "prospect", "lead"));
    words.put(ReasonCode.PROFILE, List.of("Profil", "profile"));
    words.put(ReasonCode.MANUAL, List.of("von Hand", "manuell", "manual", "by hand"));
    return Map.copyOf(words);
  }

  private static Map<Decision, List<String>> decisionWords() {
    Map<Decision, List<String>> words = new EnumMap<>(Decision.class);
    words.put(Decision.KEEP, List.of("behalten", "beibehalten", "bleibt", "keep"));
    words.put(
        Decision.REMOVE, List.of("entfernen", "löschen", "lösen", "remove", "delete", "drop"));
    words.put(
        Decision.FOLLOW_ONLY,
        List.of("nur folgen", "folgen", "follow only", "follow", "just follow"));
    words.put(Decision.ACCEPT, List.of("annehmen", "akzeptieren", "bestätigen", "accept"));
    words.put(Decision.DECLINE, List.of("ablehnen", "decline", "reject", "ignore"));
    return Map.copyOf(words);
  }

  /** The words understood as the reason, besides its code and labels; for hints and help. */
  public static List<String> words(ReasonCode reason) {
    return REASON_WORDS.getOrDefault(reason, List.of());
  }

  /** The words understood as the decision, besides its code; for hints and help. */
  public static List<String> words(Decision decision) {
    return DECISION_WORDS.getOrDefault(decision, List.of());
  }

  /** True when the cell asks to clear the value. */
  public boolean clears(String cell) {
    return CLEAR.contains(TextFold.words(cell)) || CLEAR.contains(cell.strip());
  }

  /** The reason a cell names: a code, a label or a word, in any case, umlauts or not. */
  public Optional<ReasonCode> reason(String cell) {
    return Optional.ofNullable(reasons.get(TextFold.words(cell)));
  }

  /** The decision a cell names: a code or a word, in any case, umlauts or not. */
  public Optional<Decision> decision(String cell) {
    return Optional.ofNullable(decisions.get(TextFold.words(cell)));
  }
}
