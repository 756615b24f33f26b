package de.kontaktcharta.source.lists;

import de.kontaktcharta.identity.ProfileUrl;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the profile links out of URL cells and properties. Only LinkedIn and XING profiles (and
 * LinkedIn member URNs) identify a person; a company website shared by colleagues would merge them,
 * so other links are left out. A bare name in a column called XING or LinkedIn, such as {@code
 * Max_Mustermann}, is taken as that network's profile.
 */
public final class ProfileLinks {

  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}_%-]{2,100}");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?::::|[\\s,;|])\\s*");

  private ProfileLinks() {}

  /** True when the text is a LinkedIn or XING profile URL or a member URN. */
  static boolean isProfile(String raw) {
    return ProfileUrl.normalise(raw)
        .map(
            k -> k.startsWith("linkedin.com/") || k.startsWith("xing.com/") || k.startsWith("urn:"))
        .orElse(false);
  }

  /**
   * The profiles in one cell.
   *
   * @param value the cell, possibly several links
   * @param columnName the header name, which may say which network a bare name belongs to
   */
  public static List<String> inCell(String value, String columnName) {
    String v = Cells.optional(value);
    if (v.isEmpty()) {
      return List.of();
    }
    String column = Field.compact(columnName);
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(v)) {
      if (part.isEmpty()) {
        continue;
      }
      if (isProfile(part)) {
        out.add(part);
      } else {
        slugUrl(part, column).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<String> slugUrl(String part, String column) {
    if (!SLUG.matcher(part).matches()) {
      return Optional.empty();
    }
    if (column.contains("xing")) {
      return Optional.of("https://www.xing.com/profile/" + part);
    }
    if (column.contains("linkedin")) {
      return Optional.of("https://www.linkedin.com/in/" + part);
    }
    return Optional.empty();
  }

  /** XING or LinkedIn when a profile says so, else the fallback. */
  public static Platform platformOf(List<String> profiles, Platform fallback) {
    for (String url : profiles) {
      String key = ProfileUrl.normalise(url).orElse("");
      if (key.startsWith("xing.com/")) {
        return Platform.XING;
      }
      if (key.startsWith("linkedin.com/") || key.startsWith("urn:")) {
        return Platform.LINKEDIN;
      }
    }
    return fallback;
  }

  /** The platform a cell such as "XING", "LinkedIn" or "Xing-Kontakt" names, if any. */
  public static Optional<Platform> named(String value) {
    String v = TextFold.fold(value);
    if (v.contains("xing")) {
      return Optional.of(Platform.XING);
    }
    if (v.contains("linkedin")) {
      return Optional.of(Platform.LINKEDIN);
    }
    return Optional.empty();
  }
}
