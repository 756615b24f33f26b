package de.kontaktcharta.identity;

import de.kontaktcharta.model.KeyKind;
import java.util.List;

/**
 * Whom a row of evidence is about.
 *
 * @param matches the indexes of the matching people; empty when none, more than one when ambiguous
 * @param via the kind of key that matched, or null when nothing did
 */
public record Resolution(List<Integer> matches, KeyKind via) {

  public static final Resolution NONE = new Resolution(List.of(), null);

  /** How many people an ambiguous match names; beyond that it only says there are more. */
  static final int MAX_SHOWN = 10;

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

  /** "3 contacts", or "more than 10 contacts" when the match was cut short. */
  public String count() {
    return matches.size() > MAX_SHOWN
        ? "more than " + MAX_SHOWN + " contacts"
        : matches.size() + " contacts";
  }

  /** The first matches, at most {@link #MAX_SHOWN}. */
  public List<Integer> shown() {
    return matches.subList(0, Math.min(MAX_SHOWN, matches.size()));
  }
}
