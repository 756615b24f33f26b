package de.kontaktcharta.identity;

import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hash index from identity keys to people, so that matching stays linear in the input. Keys are
 * tried strongest first (profile, e-mail, name and company, name); the first level with a match
 * decides; a phone number or an account on another channel counts as much as an e-mail address. A
 * person whose profile on the same site differs is never a match, however alike the names: two
 * LinkedIn members can share a name.
 */
final class PersonIndex {

  private static final List<Set<KeyKind>> LEVELS =
      List.of(
          Set.of(KeyKind.URL, KeyKind.URN),
          Set.of(KeyKind.EMAIL, KeyKind.PHONE, KeyKind.HANDLE),
          Set.of(KeyKind.NAME_COMPANY),
          Set.of(KeyKind.NAME));

  private final Map<MatchKey, List<Integer>> byKey = new HashMap<>();
  private final List<Set<MatchKey>> keysOf = new ArrayList<>();

  /** Adds a person and returns its index. */
  int add(Collection<MatchKey> keys) {
    int id = keysOf.size();
    keysOf.add(new LinkedHashSet<>());
    addKeys(id, keys);
    return id;
  }

  void addKeys(int id, Collection<MatchKey> keys) {
    for (MatchKey key : keys) {
      if (keysOf.get(id).add(key)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
      }
    }
  }

  Set<MatchKey> keys(int id) {
    return keysOf.get(id);
  }

  int size() {
    return keysOf.size();
  }

  /**
   * The people the keys point to, strongest level first; an ambiguous match lists at most {@link
   * Resolution#MAX_SHOWN} + 1 of them, so that a list with thousands of rows of one name stays
   * linear.
   */
  Resolution find(List<MatchKey> keys) {
    for (Set<KeyKind> level : LEVELS) {
      Set<Integer> found = new LinkedHashSet<>();
      KeyKind via = null;
      for (MatchKey key : keys) {
        if (!level.contains(key.kind())) {
          continue;
        }
        for (int id : byKey.getOrDefault(key, List.of())) {
          if (found.size() > Resolution.MAX_SHOWN) {
            break;
          }
          if (!conflicts(id, keys)) {
            found.add(id);
            via = via == null ? key.kind() : via;
          }
        }
      }
      if (!found.isEmpty()) {
        return new Resolution(new ArrayList<>(found), via);
      }
    }
    return Resolution.NONE;
  }

  /** True when the person has a profile on a site where the keys name a different profile. */
  private boolean conflicts(int id, List<MatchKey> keys) {
    Set<String> sitesMatched = new HashSet<>();
    Set<String> sitesOther = new HashSet<>();
    Set<MatchKey> own = keysOf.get(id);
    for (MatchKey key : keys) {
      if (key.kind() == KeyKind.URL || key.kind() == KeyKind.URN) {
        (own.contains(key) ? sitesMatched : sitesOther).add(key.site());
      }
    }
    sitesOther.removeAll(sitesMatched);
    if (sitesOther.isEmpty()) {
      return false;
    }
    for (MatchKey mine : own) {
      if ((mine.kind() == KeyKind.URL || mine.kind() == KeyKind.URN)
          && sitesOther.contains(mine.site())) {
        return true;
      }
    }
    return false;
  }
}
