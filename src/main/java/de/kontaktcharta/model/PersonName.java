package de.kontaktcharta.model;

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

  /** An all-capital abbreviation such as CISSP, PMP or M.Sc. */
  private static final Pattern CREDENTIAL =
      Pattern.compile("(?:[A-Z][A-Za-z]?\\.?){2,6}|[A-Z]{2,6}(?:-[A-Z]{1,4})?");

  private static final Set<String> TITLES =
      Set.of(
          "dr",
          "prof",
          "professor",
          "dipl",
          "ing",
          "mba",
          "phd",
          "msc",
          "bsc",
          "mag",
          "llm",
          "med",
          "rer",
          "nat",
          "habil",
          "herr",
          "frau",
          "mr",
          "mrs",
          "ms",
          "dott",
          "drs",
          "ir",
          "eng",
          "cpa",
          "cfa",
          "pmp",
          "emba",
          "mphil",
          "jd",
          "md",
          "mult",
          "dent",
          "vet",
          "jur",
          "phil",
          "pol",
          "oec",
          "kfm",
          "kffr",
          "inform",
          "wirt",
          "sc",
          "hc",
          "univ",
          "priv",
          "doz",
          "apl");

  /** Credentials that are only dropped when they follow a comma ("Doe, MA"). */
  private static final Set<String> TRAILING_CREDENTIALS =
      Set.of("ma", "ba", "bs", "ms", "jr", "sr", "ii", "iii", "esq", "dr", "phd");

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

  /** Joins given and family name; either may be empty. */
  public static String join(String first, String last) {
    String f = TextFold.clean(first);
    String l = TextFold.clean(last);
    if (f.isEmpty()) {
      return l;
    }
    return l.isEmpty() ? f : f + " " + l;
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
    name = reorder(joinDottedCredentials(name));
    List<String> tokens = new ArrayList<>();
    for (String token : TextFold.words(name).split(" ")) {
      if (!token.isEmpty() && !TITLES.contains(token)) {
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
      boolean credential = TITLES.contains(folded) || TRAILING_CREDENTIALS.contains(folded);
      // A dotted credential ("M.A.", "Ph.D.") is one wherever it stands; "Ma" undotted may be a
      // name.
      m.appendReplacement(out, Matcher.quoteReplacement(credential ? " " : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A full name as it is read aloud: {@code "Weber, Ines"} becomes {@code "Ines Weber"}, as the
   * comparison key reorders it; a name without a comma stays as written.
   */
  public static String readingOrder(String fullName) {
    if (fullName.indexOf(',') < 0) {
      return fullName;
    }
    String reordered = TextFold.clean(reorder(fullName));
    // "Dr. Müller, Jürgen": the title goes before the given name, "Dr. Jürgen Müller"
    String[] words = reordered.split(" ");
    List<String> titles = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String word : words) {
      boolean title = TITLES.contains(TextFold.words(word)) && word.endsWith(".");
      (title && rest.size() >= 1 ? titles : rest).add(word);
    }
    titles.addAll(rest);
    return String.join(" ", titles);
  }

  private static String reorder(String name) {
    List<String> parts = new ArrayList<>(List.of(name.split(",")));
    while (parts.size() > 1 && isOnlyCredentials(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() != 2) {
      return String.join(" ", parts);
    }
    String before = parts.get(0);
    String after = parts.get(1);
    if (wordCount(after) == 1 || wordCount(before) == 1) {
      // "Mustermann, Max" and "von der Leyen, Ursula" put the family name first.
      return after + " " + before;
    }
    // "Max Mustermann, Senior Consultant": the part after the comma is no name.
    return before;
  }

  private static int wordCount(String text) {
    String words = TextFold.words(text);
    return words.isEmpty() ? 0 : words.split(" ").length;
  }

  private static boolean isOnlyCredentials(String text) {
    String words = TextFold.words(text);
    if (words.isEmpty()) {
      return true;
    }
    if (CREDENTIAL.matcher(text.trim()).matches()) {
      // "Max Mustermann, CISSP": a short all-capital part after a comma is a credential
      return true;
    }
    for (String token : words.split(" ")) {
      if (!TITLES.contains(token) && !TRAILING_CREDENTIALS.contains(token)) {
        return false;
      }
    }
    return true;
  }
}
