package de.kontaktcharta.io;

import de.kontaktcharta.model.InputKind;
import java.util.List;
import java.util.Set;

/**
 * How a table kind is recognised from its header: every group of alternative column names must be
 * present (compared after {@link Header#normalise}).
 *
 * @param kind the kind it reveals
 * @param required groups of alternative names, all of which must match
 * @param weight breaks ties: the more specific signature wins
 * @param exact true when the header must consist of the required names only
 */
record Signature(InputKind kind, List<Set<String>> required, int weight, boolean exact) {

  Signature {
    required = List.copyOf(required);
  }

  static Signature of(InputKind kind, int weight, String... groups) {
    return of(kind, weight, false, List.of(groups));
  }

  static Signature of(InputKind kind, int weight, boolean exact, List<String> groups) {
    return new Signature(
        kind, groups.stream().map(g -> Set.of(g.split("\\|"))).toList(), weight, exact);
  }

  /** True when every required group has a column in the header. */
  boolean matches(Set<String> header) {
    if (exact && header.size() != required.size()) {
      return false;
    }
    for (Set<String> group : required) {
      boolean found = false;
      for (String name : group) {
        if (header.contains(name)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** The score of a match: the number of required groups times the weight. */
  int score() {
    return required.size() * 10 + weight;
  }
}
