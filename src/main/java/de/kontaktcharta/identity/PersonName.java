package de.kontaktcharta.identity;

import de.kontaktcharta.model.NameParts;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name and company keys: folded case, umlauts and diacritics, academic titles and salutations
 * removed, "Last, First" put back in order, legal forms dropped from company names.
 */
public final class PersonName {

  /** Nicknames, pronouns and notes in brackets: "Max (he/him) Mustermann". */
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "gmbh",
          "mbh",
          "ag",
          "se",
          "kg",
          "kgaa",
          "co",
          "ohg",
          "gbr",
          "ug",
          "haftungsbeschraenkt",
          "ev",
          "inc",
          "ltd",
          "llc",
          "llp",
          "plc",
          "corp",
          "corporation",
          "limited",
          "company",
          "sa",
          "sarl",
          "sas",
          "bv",
          "nv",
          "ab",
          "as",
          "oy",
          "spa",
          "srl",
          "gesmbh",
          "the");

  /** Two to four chunks of one or two letters, each with a dot: "Ph.D.", "M.B.A.", "LL.M.". */
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\p{L}.])(?:\\p{L}{1,2}\\.){2,4}(?!\\p{L})");

  /** Legal forms that mark a name as a company's wherever they stand ("ACME GmbH & Co. KG"). */
  private static final Set<String> COMPANY_MARKERS =
      Set.of(
          "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "gesmbh", "inc", "ltd", "llc",
          "llp", "plc", "corp", "sarl", "bv");

  private PersonName() {}

  /** True when a name is a company's rather than a person's, e.g. {@code "ACME GmbH"}. */
  public static boolean isCompanyName(String name) {
    for (String token : TextFold.words(name).split(" ")) {
      if (COMPANY_MARKERS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comparison key of a full name, e.g. {@code "Dr. Müller, Jürgen"} → {@code "juergen
   * mueller"}.
   */
  public static String key(String fullName) {
    String name = TextFold.clean(PARENTHESES.matcher(TextFold.clean(fullName)).replaceAll(" "));
    if (name.isEmpty()) {
      return "";
    }
    name = NameParts.reorder(joinDottedCredentials(name));
    List<String> tokens = new ArrayList<>();
    for (String token : TextFold.words(name).split(" ")) {
      if (!token.isEmpty() && !NameParts.isTitle(token)) {
        tokens.add(token);
      }
    }
    return String.join(" ", withoutInitials(tokens));
  }

  /**
   * Drops single letters (middle initials, "M. A." written without a comma) when two real name
   * parts remain, so that "John F. Kennedy" meets "John Kennedy".
   */
  private static List<String> withoutInitials(List<String> tokens) {
    List<String> full = new ArrayList<>();
    for (String token : tokens) {
      if (token.length() > 1) {
        full.add(token);
      }
    }
    return full.size() >= 2 ? full : tokens;
  }

  /**
   * The comparison key of a company name without legal form, e.g. "ACME GmbH & Co. KG" → "acme".
   */
  public static String companyKey(String company) {
    List<String> tokens = new ArrayList<>();
    for (String token : TextFold.words(company).split(" ")) {
      if (!token.isEmpty() && !LEGAL_FORMS.contains(token)) {
        tokens.add(token);
      }
    }
    return String.join(" ", tokens);
  }

  /**
   * Writes dotted credentials without their dots ({@code Ph.D. → PhD}, {@code M.Sc. → MSc}), so
   * that they are recognised like their undotted forms. Other dotted initials stay as they are.
   */
  private static String joinDottedCredentials(String name) {
    Matcher m = DOTTED.matcher(name);
    StringBuilder out = new StringBuilder(name.length());
    while (m.find()) {
      String joined = m.group().replace(".", "");
      String folded = TextFold.fold(joined);
      boolean credential = NameParts.isTitle(folded) || NameParts.isTrailingCredential(folded);
      // A dotted credential ("M.A.", "Ph.D.") is one wherever it stands; "Ma" undotted may be a
      // name.
      m.appendReplacement(out, Matcher.quoteReplacement(credential ? " " : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
