package de.kontaktcharta.rules;

import de.kontaktcharta.model.KeyKind;
import java.util.List;

/**
 * Whom a row of evidence is about.
 *
 * @param matches the indexes of the matching people; empty when none, more than one when ambiguous
 * @param via the kind of key that matched, or null when nothing did
 */
public record Resolution(List<Integer> matches, KeyKind via) {

  static final Resolution NONE = new Resolution(List.of(), null);

  public Resolution {
    matches = List.copyOf(matches);
  }

  public boolean unique() {
    return matches.size() == 1;
  }

  public boolean ambiguous() {
    return matches.size() > 1;
  }

  public int only() {
    return matches.get(0);
  }
}
