package de.kontaktcharta.identity;

import de.kontaktcharta.model.MatchKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable IDs derived from a person's strongest key, so that review rows and ledger entries find
 * their person again after a re-export, however the sheet was sorted.
 */
public final class ContactIds {

  private final MessageDigest sha256;
  private final Map<String, Integer> copies = new HashMap<>();
  private final String prefix;

  public ContactIds(String prefix) {
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
  public String next(MatchKey strongest) {
    String base = prefix + of(strongest);
    // the count per base keeps thousands of people of one name linear; the IDs are the same as
    // counting up from -2 each time, since no base ends in a suffix
    int n = copies.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  /** The ID part for a key, without the duplicate suffix. */
  String of(MatchKey key) {
    byte[] digest = sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 5).toUpperCase(java.util.Locale.ROOT);
  }
}
