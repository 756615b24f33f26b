package de.kontaktcharta.rules;

import java.util.List;

/**
 * One word of a charter phrase, folded: a whole word ({@code beratung}), the start of a word
 * ({@code vertrieb*}: Vertrieb, Vertriebserfolge), the end of a compound ({@code *versicherung}:
 * Versicherung, Berufsunfähigkeitsversicherung, Krankenversicherungen) or a part anywhere in one
 * ({@code *vorsorge*}: Altersvorsorgeberatung).
 *
 * @param stem the folded letters
 * @param start true when the word may go on after the stem
 * @param end true when the word may begin before the stem
 */
record WordForm(String stem, boolean start, boolean end) {

  /**
   * The endings a compound's last part may carry: plural, case and the female forms ("Beraterin",
   * "Coaches"). Longer endings first, so that the tail hash is found for each.
   */
  static final List<String> ENDINGS =
      List.of("innen", "nen", "en", "es", "er", "in", "e", "n", "s", "");

  /** The lengths of {@link #ENDINGS}, each once: where the stem's last letters may stand. */
  static int[] endingLengths() {
    return ENDINGS.stream().mapToInt(String::length).distinct().toArray();
  }

  boolean wildcard() {
    return start || end;
  }

  /** True when token i of the text has this form. */
  boolean matches(FoldedText text, int i) {
    if (start && end) {
      return text.tokenContains(i, stem);
    }
    if (start) {
      return text.tokenStartsWith(i, stem);
    }
    if (end) {
      for (String ending : ENDINGS) {
        if (text.tokenEndsWith(i, stem, ending.length())
            && (ending.isEmpty() || text.tokenEndsWith(i, ending, 0))) {
          return true;
        }
      }
      return false;
    }
    return text.tokenEquals(i, stem);
  }
}
