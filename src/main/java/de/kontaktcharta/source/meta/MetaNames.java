package de.kontaktcharta.source.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Display names as this package hands them on, and the ones that name nobody. */
public final class MetaNames {

  /**
   * What Meta shows for a deleted or deactivated account. Several different people share it, so it
   * must never be matched to a contact. "Instagram User" is checked by a parser of real exports;
   * the Facebook and German spellings are reported, not verified.
   */
  private static final Set<String> DELETED_ACCOUNT =
      Set.of(
          "facebook user",
          "facebook-nutzer",
          "facebook-benutzer",
          "instagram user",
          "instagram-nutzer");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
  private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

  private MetaNames() {}

  /** True for the placeholder name of a deleted or deactivated account. */
  public static boolean deletedAccount(String name) {
    return name != null && DELETED_ACCOUNT.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Trimmed, runs of spaces (no-break spaces too) made one, control characters removed. */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    return CONTROLS.matcher(SPACES.matcher(raw).replaceAll(" ")).replaceAll("").strip();
  }
}
