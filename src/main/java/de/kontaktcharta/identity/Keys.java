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
 * the name with the company, the name, a phone number in E.164 and an account on another channel.
 * Phone numbers written without a country code are read in the region of the charter, which is why
 * keys are made by an instance for that region.
 */
public final class Keys {

  private final PhoneNumbers phones;

  private Keys(PhoneNumbers phones) {
    this.phones = phones;
  }

  /**
   * Keys whose phone numbers without a country code are read in the region (ISO 3166, e.g. {@code
   * DE}).
   */
  public static Keys forRegion(String region) {
    return new Keys(new PhoneNumbers(region));
  }

  /** A person's keys in the order of {@link KeyKind}. */
  public List<MatchKey> of(PersonRef person) {
    Set<MatchKey> keys = new LinkedHashSet<>();
    for (String url : person.profileUrls()) {
      forProfile(url).ifPresent(keys::add);
    }
    for (String email : person.emails()) {
      forEmail(email).ifPresent(keys::add);
    }
    // the name key once: it is the dearest of them to make
    forName(person.displayName())
        .ifPresent(
            name -> {
              withCompany(name, person.company()).ifPresent(keys::add);
              keys.add(name);
            });
    for (String phone : person.phones()) {
      forPhone(phone).ifPresent(keys::add);
    }
    for (String handle : person.handles()) {
      forHandle(handle).ifPresent(keys::add);
    }
    List<MatchKey> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    return sorted;
  }

  /** The key of a phone number, if the text is a possible number. */
  public Optional<MatchKey> forPhone(String raw) {
    return phones.e164(raw).map(n -> new MatchKey(KeyKind.PHONE, n));
  }

  /** The key of an account on another channel, e.g. {@code x:@name}, if the text is one. */
  public static Optional<MatchKey> forHandle(String raw) {
    return Handles.normalise(raw).map(h -> new MatchKey(KeyKind.HANDLE, h));
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
    return forName(fullName).flatMap(name -> withCompany(name, company));
  }

  private static Optional<MatchKey> withCompany(MatchKey name, String company) {
    String companyKey = PersonName.companyKey(company);
    return companyKey.isEmpty()
        ? Optional.empty()
        : Optional.of(new MatchKey(KeyKind.NAME_COMPANY, name.value() + "|" + companyKey));
  }
}
