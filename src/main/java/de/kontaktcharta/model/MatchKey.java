package de.kontaktcharta.model;

import java.util.Objects;

/**
 * A normalised identity key. Two records that share a key are taken to describe the same person
 * (subject to the conflict rules of the matcher). The keys are made by identity's {@code Keys}.
 *
 * @param kind what the key is made of
 * @param value the normalised value, e.g. {@code linkedin.com/in/jane-doe} or {@code jane doe}
 */
public record MatchKey(KeyKind kind, String value) implements Comparable<MatchKey> {

  public MatchKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
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
