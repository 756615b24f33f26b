package de.kontaktcharta.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A normalised identity key. Two records that share a key are taken to describe the same person
 * (subject to the conflict rules of the matcher).
 *
 * @param kind what the key is made of
 * @param value the normalised value, e.g. {@code linkedin.com/in/jane-doe} or {@code jane doe}
 */
public record MatchKey(KeyKind kind, String value) implements Comparable<MatchKey> {

  public MatchKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
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

  /**
   * The site of a profile key ({@code linkedin.com}, {@code xing.com}, …; {@code urn:li} for member
   * URNs, which cannot be compared with URLs), empty for other kinds.
   */
  public String site() {
    if (kind == KeyKind.URN) {
      return "urn:li";
    }
    if (kind != KeyKind.URL) {
      return "";
    }
    int slash = value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }

  @Override
  public int compareTo(MatchKey other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return kind.label() + ":" + value;
  }
}
