package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one person that an export links itself (an X account number with its handles and
 * display name, a Telegram user with a saved phone number), kept until every file is read: the
 * messages may come from a file read before the one that links them.
 */
final class Aliases {

  /** One person as the export links them, with the keys made of it. */
  record Alias(PersonRef person, List<MatchKey> keys) {}

  private final Keys keys;
  private final List<Alias> all = new ArrayList<>();
  private final Map<MatchKey, List<Integer>> byKey = new HashMap<>();

  Aliases(Keys keys) {
    this.keys = keys;
  }

  /** Takes a link; one without a profile, address, number or account links nothing. */
  void add(PersonRef person) {
    List<MatchKey> made = keys.of(person);
    List<MatchKey> strong = made.stream().filter(k -> k.kind().strong()).toList();
    if (strong.isEmpty()) {
      return;
    }
    int id = all.size();
    all.add(new Alias(person, made));
    for (MatchKey key : strong) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
    }
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  /** The links that share a profile, address, number or account with the keys. */
  List<Alias> sharing(List<MatchKey> keys) {
    Set<Integer> found = new LinkedHashSet<>();
    for (MatchKey key : keys) {
      if (key.kind().strong()) {
        found.addAll(byKey.getOrDefault(key, List.of()));
      }
    }
    List<Alias> out = new ArrayList<>(found.size());
    found.forEach(i -> out.add(all.get(i)));
    return out;
  }
}
