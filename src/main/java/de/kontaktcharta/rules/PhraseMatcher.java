package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds charter phrases in a {@link FoldedText}. Phrases are word sequences; a word ending in
 * {@code *} matches any word that starts with it. Lookup goes through a hash of each text token, so
 * the cost grows with the text, not with the number of phrases. Regular expressions, if any, run on
 * the folded text with punctuation kept.
 */
public final class PhraseMatcher {

  /** Wildcard words need this many letters, so that a single "a*" cannot match everything. */
  static final int MIN_PREFIX = Charter.Wording.MIN_PREFIX;

  private record Phrase(String original, String[] words, boolean[] prefix) {}

  private final Map<Integer, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<Integer, List<Phrase>> byFirstPrefix = new HashMap<>();

  /**
   * One bit per first-word hash (folded into {@link #FILTER_BITS}): most words of a text start no
   * phrase, and the bit says so without a boxed map lookup, which took 5% of a large run.
   */
  private final long[] firstWordFilter = new long[FILTER_BITS / 64];

  private final long[] firstPrefixFilter = new long[FILTER_BITS / 64];
  private static final int FILTER_BITS = 1 << 12;
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<String> patternTexts = new ArrayList<>();

  /** A matcher for the wording's phrases and patterns. */
  public PhraseMatcher(Charter.Wording wording) {
    this(wording.phrases(), wording.patterns());
  }

  public PhraseMatcher(List<String> phrases, List<String> patterns) {
    FoldedText folded = new FoldedText();
    for (String phrase : phrases) {
      Phrase p = compile(phrase, folded);
      if (p.words.length == 0) {
        continue;
      }
      String first = p.words[0];
      if (p.prefix[0]) {
        int hash = first.substring(0, MIN_PREFIX).hashCode();
        byFirstPrefix.computeIfAbsent(hash, k -> new ArrayList<>()).add(p);
        mark(firstPrefixFilter, hash);
      } else {
        byFirstWord.computeIfAbsent(first.hashCode(), k -> new ArrayList<>()).add(p);
        mark(firstWordFilter, first.hashCode());
      }
    }
    for (String pattern : patterns) {
      this.patterns.add(Pattern.compile(pattern));
      patternTexts.add(pattern);
    }
  }

  /** True when the matcher has nothing to look for. */
  public boolean isEmpty() {
    return byFirstWord.isEmpty() && byFirstPrefix.isEmpty() && patterns.isEmpty();
  }

  /**
   * The first phrase (as written in the charter) or pattern that occurs in the text, with the
   * number of text words a phrase covers (0 for a pattern).
   */
  public Optional<Hit> find(FoldedText text) {
    if (!byFirstWord.isEmpty() || !byFirstPrefix.isEmpty()) {
      for (int i = 0; i < text.tokenCount(); i++) {
        int hash = text.hash(i, text.tokenLength(i));
        Phrase hit =
            marked(firstWordFilter, hash) ? firstMatch(byFirstWord.get(hash), text, i) : null;
        if (hit == null && text.tokenLength(i) >= MIN_PREFIX) {
          int prefix = text.hash(i, MIN_PREFIX);
          hit =
              marked(firstPrefixFilter, prefix)
                  ? firstMatch(byFirstPrefix.get(prefix), text, i)
                  : null;
        }
        if (hit != null) {
          return Optional.of(new Hit(hit.original, hit.words.length));
        }
      }
    }
    if (!patterns.isEmpty()) {
      String punctuated = text.punctuated();
      for (int p = 0; p < patterns.size(); p++) {
        if (patterns.get(p).matcher(punctuated).find()) {
          return Optional.of(new Hit(patternTexts.get(p), 0));
        }
      }
    }
    return Optional.empty();
  }

  /** True when any phrase or pattern occurs in the text. */
  public boolean matches(FoldedText text) {
    return find(text).isPresent();
  }

  /** A phrase or pattern found in a text and how many words of the text a phrase covers. */
  public record Hit(String phrase, int words) {}

  private static void mark(long[] filter, int hash) {
    int bit = hash & (FILTER_BITS - 1);
    filter[bit >>> 6] |= 1L << bit;
  }

  private static boolean marked(long[] filter, int hash) {
    int bit = hash & (FILTER_BITS - 1);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  private static Phrase firstMatch(List<Phrase> candidates, FoldedText text, int at) {
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (matchesAt(p, text, at)) {
        return p;
      }
    }
    return null;
  }

  private static boolean matchesAt(Phrase p, FoldedText text, int at) {
    if (at + p.words.length > text.tokenCount()) {
      return false;
    }
    for (int w = 0; w < p.words.length; w++) {
      boolean ok =
          p.prefix[w]
              ? text.tokenStartsWith(at + w, p.words[w])
              : text.tokenEquals(at + w, p.words[w]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static Phrase compile(String phrase, FoldedText folded) {
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    for (String word : phrase.trim().split("\\s+")) {
      boolean wildcard = word.endsWith("*");
      folded.reset(wildcard ? word.substring(0, word.length() - 1) : word);
      for (int t = 0; t < folded.tokenCount(); t++) {
        words.add(folded.token(t));
        prefix.add(wildcard && t == folded.tokenCount() - 1);
      }
    }
    boolean[] flags = new boolean[prefix.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = prefix.get(i);
    }
    return new Phrase(phrase, words.toArray(new String[0]), flags);
  }
}
