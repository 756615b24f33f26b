package de.kontaktcharta.input.table;

import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value a reader takes from a table, with the header names it goes by, preferred first. Names are
 * compared by their letters and digits only, with umlauts folded, so that {@code First Name},
 * {@code first_name} and {@code FirstName} are one name and {@code Empfänger} meets {@code
 * Empfaenger}. A {@code *} in a name stands for a number, as in Google's {@code E-mail 2 - Value}.
 *
 * @param name what the value is, shown by {@code charta check}
 * @param aliases the compact header names, preferred first
 * @param repeated true when every matching column is read (e-mail 1, e-mail 2, …), not only the
 *     first
 */
public record Field(String name, List<String> aliases, boolean repeated) {

  public Field {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }

  /** A field read from the first column that has one of the names, e.g. {@code "vorname|first"}. */
  public static Field of(String name, String aliases) {
    return new Field(name, compactAll(aliases), false);
  }

  /** A field read from every column that has one of the names. */
  public static Field repeated(String name, String aliases) {
    return new Field(name, compactAll(aliases), true);
  }

  /** This field with more names, tried after its own. */
  public Field or(String moreAliases) {
    List<String> all = new ArrayList<>(aliases);
    all.addAll(compactAll(moreAliases));
    return new Field(name, all, repeated);
  }

  /** True when a compact header name is one of this field's names. */
  public boolean accepts(String compactHeader) {
    for (String alias : aliases) {
      if (matches(alias, compactHeader)) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits only, folded: {@code "E-Mail-Adresse"} → {@code "emailadresse"}. */
  public static String compact(String headerName) {
    String folded = TextFold.fold(headerName == null ? "" : headerName);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '*') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Compares an alias with a compact header name; {@code *} matches one or more digits. */
  public static boolean matches(String alias, String compactHeader) {
    int star = alias.indexOf('*');
    if (star < 0) {
      return alias.equals(compactHeader);
    }
    String prefix = alias.substring(0, star);
    String suffix = alias.substring(star + 1);
    if (!compactHeader.startsWith(prefix)
        || !compactHeader.endsWith(suffix)
        || compactHeader.length() <= prefix.length() + suffix.length()) {
      return false;
    }
    for (int i = prefix.length(); i < compactHeader.length() - suffix.length(); i++) {
      if (!Character.isDigit(compactHeader.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> compactAll(String aliases) {
    List<String> out = new ArrayList<>();
    for (String alias : aliases.split("\\|")) {
      String c = compact(alias);
      if (!c.isEmpty() && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
