package de.kontaktcharta.identity;

import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the identity keys of a person: a normalised profile URL or member URN, an e-mail address,
 * the name with the company, the name. Later key kinds (a phone number in E.164, a messenger
 * handle) are made here too, with their {@link KeyKind}.
 */
public final class Keys {

  private Keys() {}

  /** A person's keys, strongest first (see {@link KeyKind}). */
  public static List<MatchKey> of(PersonRef person) {
    Set<MatchKey> keys = new LinkedHashSet<>();
    for (String url : person.profileUrls()) {
      forProfile(url).ifPresent(keys::add);
    }
    for (String email : person.emails()) {
      forEmail(email).ifPresent(keys::add);
    }
    String name = person.displayName();
    forNameAndCompany(name, person.company()).ifPresent(keys::add);
    forName(name).ifPresent(keys::add);
    List<MatchKey> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    return sorted;
  }

  /** The key for a profile URL or member URN, if the text is one. */
  public static Optional<MatchKey> forProfile(String raw) {
    return ProfileUrl.normalise(raw)
        .map(v -> new MatchKey(v.startsWith("urn:") ? KeyKind.URN : KeyKind.URL, v));
  }

  public static Optional<MatchKey> forEmail(String raw) {
    String value = TextFold.clean(raw).toLowerCase(java.util.Locale.ROOT);
    if (value.startsWith("mailto:")) {
      value = value.substring("mailto:".length());
    }
    int open = value.lastIndexOf('<');
    if (open >= 0 && value.endsWith(">")) {
      // "Anna Berg <anna@berg.de>" as mail programs write it
      value = value.substring(open + 1, value.length() - 1).trim();
    }
    int at = value.indexOf('@');
    if (at <= 0 || at == value.length() - 1 || value.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    return Optional.of(new MatchKey(KeyKind.EMAIL, value));
  }

  /** The name key, if the name has at least a given and a family name. */
  public static Optional<MatchKey> forName(String fullName) {
    String key = PersonName.key(fullName);
    return key.indexOf(' ') > 0 ? Optional.of(new MatchKey(KeyKind.NAME, key)) : Optional.empty();
  }

  public static Optional<MatchKey> forNameAndCompany(String fullName, String company) {
    String companyKey = PersonName.companyKey(company);
    if (companyKey.isEmpty()) {
      return Optional.empty();
    }
    return forName(fullName)
        .map(n -> new MatchKey(KeyKind.NAME_COMPANY, n.value() + "|" + companyKey));
  }
}
