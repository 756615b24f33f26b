package de.kontaktcharta.identity;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The merged contacts of a network, with lookup for the evidence about them. */
public final class Network {

  private final List<Contact> contacts;
  private final PersonIndex index;
  private final Map<String, List<Integer>> byCompany;
  private final Set<MatchKey> ownerKeys;
  private final Keys keys;

  Network(
      List<Contact> contacts,
      PersonIndex index,
      Map<String, List<Integer>> byCompany,
      Set<MatchKey> ownerKeys,
      Keys keys) {
    this.keys = keys;
    this.contacts = List.copyOf(contacts);
    this.index = index;
    this.byCompany = Map.copyOf(byCompany);
    this.ownerKeys = Set.copyOf(ownerKeys);
  }

  /** Makes identity keys as the network's were made. */
  public Keys keys() {
    return keys;
  }

  public List<Contact> contacts() {
    return contacts;
  }

  public Contact get(int index) {
    return contacts.get(index);
  }

  /** The contacts a row of evidence names. */
  public Resolution resolve(PersonRef ref) {
    return index.find(keys.of(ref));
  }

  /** The contacts with one of the keys. */
  public Resolution resolveKeys(List<MatchKey> keys) {
    return index.find(keys);
  }

  /** True when one of the keys is the owner's. */
  public boolean isOwnerKeys(List<MatchKey> keys) {
    for (MatchKey key : keys) {
      if (ownerKeys.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The contacts who work at a company (compared without legal form). */
  public List<Integer> atCompany(String company) {
    String key = PersonName.companyKey(company);
    return key.isEmpty() ? List.of() : byCompany.getOrDefault(key, List.of());
  }
}
