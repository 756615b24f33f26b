package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interactions grouped per person before they are counted. Rows that share an identity key are one
 * person's, however each row names them: a log that gives the e-mail address in one row and only
 * the name in the next still counts both for the same person. Grouping is hash-based.
 */
final class InteractionGroups {

  private final Keys made;
  private final Map<MatchKey, Integer> groupOfKey = new HashMap<>();

  InteractionGroups(Keys made) {
    this.made = made;
  }

  private final List<Integer> parent = new ArrayList<>();
  private final List<List<InteractionFact>> facts = new ArrayList<>();

  void add(InteractionFact fact) {
    List<MatchKey> keys = keys(fact.person());
    Integer group = null;
    for (MatchKey key : keys) {
      Integer found = groupOfKey.get(key);
      if (found == null) {
        continue;
      }
      int root = root(found);
      if (group == null) {
        group = root;
      } else if (root != group) {
        parent.set(root, group);
        facts.get(group).addAll(facts.get(root));
        facts.set(root, null);
      }
    }
    if (group == null) {
      group = parent.size();
      parent.add(group);
      facts.add(new ArrayList<>());
    }
    facts.get(group).add(fact);
    for (MatchKey key : keys) {
      groupOfKey.putIfAbsent(key, group);
    }
  }

  /** The groups in the order their first row was read. */
  List<List<InteractionFact>> groups() {
    List<List<InteractionFact>> out = new ArrayList<>();
    for (List<InteractionFact> list : facts) {
      if (list != null) {
        out.add(list);
      }
    }
    return out;
  }

  /** The person of a group: the newest row's name, with every address and profile of the group. */
  static PersonRef person(List<InteractionFact> group, InteractionFact newest) {
    Set<String> emails = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> phones = new LinkedHashSet<>();
    Set<String> handles = new LinkedHashSet<>();
    PersonRef named = newest.person();
    for (InteractionFact f : group) {
      emails.addAll(f.person().emails());
      urls.addAll(f.person().profileUrls());
      phones.addAll(f.person().phones());
      handles.addAll(f.person().handles());
      if (named.displayName().isEmpty() && !f.person().displayName().isEmpty()) {
        named = f.person();
      }
    }
    return new PersonRef(
        named.firstName(),
        named.lastName(),
        named.fullName(),
        named.company(),
        named.position(),
        List.copyOf(emails),
        List.copyOf(urls),
        List.copyOf(phones),
        List.copyOf(handles));
  }

  private int root(int group) {
    int g = group;
    while (parent.get(g) != g) {
      g = parent.get(g);
    }
    return g;
  }

  private List<MatchKey> keys(PersonRef person) {
    List<MatchKey> keys = made.of(person);
    // a one-word name has no key of its own; it still groups with rows of the same spelling
    return keys.isEmpty() ? List.of(new MatchKey(KeyKind.NAME, "?" + person.displayName())) : keys;
  }
}
