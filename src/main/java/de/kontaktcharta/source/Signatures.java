package de.kontaktcharta.source;

import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.model.InputKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The header signatures of every table kind, in the registry's order: of two signatures with the
 * same score the earlier one wins.
 */
public final class Signatures {

  private final List<Signature> all;

  public Signatures(List<Signature> all) {
    this.all = List.copyOf(all);
  }

  /**
   * The best matching kind for a header row.
   *
   * @param only when not null, only signatures of this kind are considered
   */
  public Optional<Signature> match(Set<String> header, InputKind only) {
    Set<String> compact = new HashSet<>();
    for (String name : header) {
      String c = Field.compact(name);
      if (!c.isEmpty()) {
        compact.add(c);
      }
    }
    Signature best = null;
    for (Signature s : all) {
      if ((only == null ? !s.forcedOnly() : s.kind().equals(only))
          && s.matches(compact)
          && (best == null || s.score() > best.score())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
