package de.kontaktcharta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as it is shown: given and family name joined, "Nachname, Vorname" put back in
 * order, academic titles and credentials told from name parts. The comparison keys made of names
 * are identity's ({@code identity.PersonName}), which uses the same reordering.
 */
public final class NameParts {

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

  private NameParts() {}

  /** True for an academic title or salutation ("dr", "prof", "herr"), in folded form. */
  public static boolean isTitle(String folded) {
    return TITLES.contains(folded);
  }

  /** True for a credential that follows a name ("ma", "phd", "jr"), in folded form. */
  public static boolean isTrailingCredential(String folded) {
    return TRAILING_CREDENTIALS.contains(folded);
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
   * Given names followed by middle names (and the particles some address books keep there, such as
   * Google's "von"); commas between middle names separate them and are no "Family, Given".
   */
  public static String withMiddle(String given, String middle) {
    String m = TextFold.clean(middle == null ? "" : middle.replace(',', ' '));
    return join(given, String.join(" ", m.split("\\s+")));
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

  /**
   * "Last, First" as "First Last"; credentials after a comma dropped; a part after the comma that
   * is no name ("Max Mustermann, Senior Consultant") dropped.
   */
  public static String reorder(String name) {
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
