package de.kontaktcharta.rules;

import de.kontaktcharta.model.MatchKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Stable IDs derived from a person's strongest key, so that review rows and ledger entries find
 * their person again after a re-export, however the sheet was sorted.
 */
final class ContactIds {

  private final MessageDigest sha256;
  private final Set<String> used = new HashSet<>();
  private final String prefix;

  ContactIds(String prefix) {
    this.prefix = prefix;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * The ID for a key; a second person with the same key (kept apart as ambiguous) gets a suffix.
   */
  String next(MatchKey strongest) {
    String base = prefix + of(strongest);
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The ID part for a key, without the duplicate suffix. */
  String of(MatchKey key) {
    byte[] digest = sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 5).toUpperCase(java.util.Locale.ROOT);
  }
}
