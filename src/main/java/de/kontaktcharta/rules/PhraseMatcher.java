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
 * {@code *} matches any word that starts with it, a word starting with {@code *} any word that ends
 * with it (the last part of a compound, also with a plural or female ending), and {@code *part*} a
 * part anywhere in a word. Words the charter lists as exceptions are never matched by such a part:
 * they merely contain it. Lookup goes through a hash of each text token (of its start, or of its
 * end), so the cost grows with the text, not with the number of phrases. Regular expressions, if
 * any, run on the folded text with punctuation kept.
 */
public final class PhraseMatcher {

  /** Wildcard words need this many letters, so that a single "a*" cannot match everything. */
  static final int MIN_PREFIX = Charter.Wording.MIN_PREFIX;

  private record Phrase(String original, WordForm[] words) {}

  private final Map<Integer, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<Integer, List<Phrase>> byFirstPrefix = new HashMap<>();
  private final Map<Integer, List<Phrase>> byFirstEnd = new HashMap<>();
  private final List<Phrase> firstInside = new ArrayList<>();
  private final List<WordForm> exceptions = new ArrayList<>();
  private final int[] endingLengths = WordForm.endingLengths();

  /**
   * One bit per first-word hash (folded into {@link #FILTER_BITS}): most words of a text start no
   * phrase, and the bit says so without a boxed map lookup, which took 5% of a large run.
   */
  private final long[] firstWordFilter = new long[FILTER_BITS / 64];

  private final long[] firstPrefixFilter = new long[FILTER_BITS / 64];
  private final long[] firstEndFilter = new long[FILTER_BITS / 64];
  private static final int FILTER_BITS = 1 << 12;
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<String> patternTexts = new ArrayList<>();

  /** A matcher for the wording's phrases, patterns and exceptions. */
  public PhraseMatcher(Charter.Wording wording) {
    this(wording.phrases(), wording.patterns(), wording.exceptions());
  }

  public PhraseMatcher(List<String> phrases, List<String> patterns) {
    this(phrases, patterns, List.of());
  }

  /**
   * @param exceptions words that a wildcard word never matches, e.g. {@code transportversicherung}
   *     for {@code *versicherung}
   */
  public PhraseMatcher(List<String> phrases, List<String> patterns, List<String> exceptions) {
    FoldedText folded = new FoldedText();
    for (String phrase : phrases) {
      Phrase p = compile(phrase, folded);
      if (p.words.length > 0) {
        index(p);
      }
    }
    for (String exception : exceptions) {
      WordForm[] words = compile(exception, folded).words;
      if (words.length == 1) {
        this.exceptions.add(words[0]);
      }
    }
    for (String pattern : patterns) {
      this.patterns.add(Pattern.compile(pattern));
      patternTexts.add(pattern);
    }
  }

  private void index(Phrase p) {
    WordForm first = p.words[0];
    if (first.start() && first.end()) {
      firstInside.add(p);
    } else if (first.end()) {
      String stem = first.stem();
      int hash = stem.substring(stem.length() - MIN_PREFIX).hashCode();
      byFirstEnd.computeIfAbsent(hash, k -> new ArrayList<>()).add(p);
      mark(firstEndFilter, hash);
    } else if (first.start()) {
      int hash = first.stem().substring(0, MIN_PREFIX).hashCode();
      byFirstPrefix.computeIfAbsent(hash, k -> new ArrayList<>()).add(p);
      mark(firstPrefixFilter, hash);
    } else {
      byFirstWord.computeIfAbsent(first.stem().hashCode(), k -> new ArrayList<>()).add(p);
      mark(firstWordFilter, first.stem().hashCode());
    }
  }

  /** True when the matcher has nothing to look for. */
  public boolean isEmpty() {
    return byFirstWord.isEmpty()
        && byFirstPrefix.isEmpty()
        && byFirstEnd.isEmpty()
        && firstInside.isEmpty()
        && patterns.isEmpty();
  }

  /**
   * The first phrase (as written in the charter) or pattern that occurs in the text, with the
   * number of text words a phrase covers (0 for a pattern).
   */
  public Optional<Hit> find(FoldedText text) {
    for (int i = 0; i < text.tokenCount(); i++) {
      Phrase hit = phraseAt(text, i);
      if (hit != null) {
        return Optional.of(new Hit(hit.original, hit.words.length, i));
      }
    }
    return findPattern(text);
  }

  /** Every phrase that occurs in the text, each at every token it starts at, in text order. */
  public List<Hit> findAll(FoldedText text) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < text.tokenCount(); i++) {
      int from = hits.size();
      int length = text.tokenLength(i);
      int hash = text.hash(i, length);
      if (marked(firstWordFilter, hash)) {
        collect(byFirstWord.get(hash), text, i, hits, from);
      }
      if (length >= MIN_PREFIX && marked(firstPrefixFilter, text.hash(i, MIN_PREFIX))) {
        collect(byFirstPrefix.get(text.hash(i, MIN_PREFIX)), text, i, hits, from);
      }
      if (!byFirstEnd.isEmpty()) {
        collectEndings(text, i, hits, from);
      }
      collect(firstInside, text, i, hits, from);
    }
    return hits;
  }

  private void collectEndings(FoldedText text, int i, List<Hit> hits, int from) {
    for (int ending : endingLengths) {
      if (text.tokenLength(i) >= MIN_PREFIX + ending) {
        int tail = text.tailHash(i, ending);
        if (marked(firstEndFilter, tail)) {
          collect(byFirstEnd.get(tail), text, i, hits, from);
        }
      }
    }
  }

  /**
   * Adds the candidates that match at token i, each phrase once: one phrase may be found through
   * two of its endings, and a charter may list the same phrase for two reasons.
   */
  private void collect(List<Phrase> candidates, FoldedText text, int i, List<Hit> hits, int from) {
    if (candidates == null) {
      return;
    }
    for (Phrase p : candidates) {
      if (matchesAt(p, text, i) && !foundSince(hits, from, p.original)) {
        hits.add(new Hit(p.original, p.words.length, i));
      }
    }
  }

  private static boolean foundSince(List<Hit> hits, int from, String phrase) {
    for (int h = from; h < hits.size(); h++) {
      if (hits.get(h).phrase().equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** True when any phrase or pattern occurs in the text. */
  public boolean matches(FoldedText text) {
    return find(text).isPresent();
  }

  /**
   * A phrase or pattern found in a text: how many words of the text a phrase covers (0 for a
   * pattern), and the token it starts at.
   */
  public record Hit(String phrase, int words, int start) {

    public Hit(String phrase, int words) {
      this(phrase, words, 0);
    }
  }

  private Optional<Hit> findPattern(FoldedText text) {
    if (!patterns.isEmpty()) {
      String punctuated = text.punctuated();
      for (int p = 0; p < patterns.size(); p++) {
        if (patterns.get(p).matcher(punctuated).find()) {
          return Optional.of(new Hit(patternTexts.get(p), 0, 0));
        }
      }
    }
    return Optional.empty();
  }

  /** The first phrase that starts at token i, or null. */
  private Phrase phraseAt(FoldedText text, int i) {
    int hash = text.hash(i, text.tokenLength(i));
    Phrase hit = marked(firstWordFilter, hash) ? firstMatch(byFirstWord.get(hash), text, i) : null;
    if (hit == null && text.tokenLength(i) >= MIN_PREFIX) {
      int prefix = text.hash(i, MIN_PREFIX);
      hit =
          marked(firstPrefixFilter, prefix) ? firstMatch(byFirstPrefix.get(prefix), text, i) : null;
    }
    if (hit == null && !byFirstEnd.isEmpty()) {
      for (int ending : endingLengths) {
        hit = hit != null ? hit : endingMatch(text, i, ending);
      }
    }
    return hit == null && !firstInside.isEmpty() ? firstMatch(firstInside, text, i) : hit;
  }

  private Phrase endingMatch(FoldedText text, int i, int ending) {
    if (text.tokenLength(i) < MIN_PREFIX + ending) {
      return null;
    }
    int tail = text.tailHash(i, ending);
    return marked(firstEndFilter, tail) ? firstMatch(byFirstEnd.get(tail), text, i) : null;
  }

  private static void mark(long[] filter, int hash) {
    int bit = hash & (FILTER_BITS - 1);
    filter[bit >>> 6] |= 1L << bit;
  }

  private static boolean marked(long[] filter, int hash) {
    int bit = hash & (FILTER_BITS - 1);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  private Phrase firstMatch(List<Phrase> candidates, FoldedText text, int at) {
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

  private boolean matchesAt(Phrase p, FoldedText text, int at) {
    if (at + p.words.length > text.tokenCount()) {
      return false;
    }
    for (int w = 0; w < p.words.length; w++) {
      WordForm word = p.words[w];
      if (!word.matches(text, at + w) || (word.wildcard() && isException(text, at + w))) {
        return false;
      }
    }
    return true;
  }

  private boolean isException(FoldedText text, int i) {
    for (WordForm exception : exceptions) {
      if (exception.matches(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static Phrase compile(String phrase, FoldedText folded) {
    List<WordForm> words = new ArrayList<>();
    for (String word : phrase.trim().split("\\s+")) {
      boolean start = word.endsWith("*") && word.length() > 1;
      boolean end = word.startsWith("*");
      String bare = word.substring(end ? 1 : 0, word.length() - (start ? 1 : 0));
      folded.reset(bare);
      int n = folded.tokenCount();
      for (int t = 0; t < n; t++) {
        // "*Business-Coaching": the star belongs to the outer ends of the written word
        words.add(new WordForm(folded.token(t), start && t == n - 1, end && t == 0));
      }
    }
    return new Phrase(phrase, words.toArray(new WordForm[0]));
  }
}
