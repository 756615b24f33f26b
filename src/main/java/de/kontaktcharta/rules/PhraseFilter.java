package de.kontaktcharta.rules;

import de.kontaktcharta.model.TextFold;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A first look at a raw text, before it is folded and cut into words: can any of the phrases occur
 * in it at all? A phrase can only match where its words stand one after the other, separated by
 * anything that is not a letter or digit, so each phrase is represented by its longest run of words
 * that no {@code *} interrupts ("per mail" by "per mail", "sie als berater*" by "sie als berater",
 * "*versicherung" by "versicherung", which may also stand inside a compound). All these runs are
 * searched in one pass over the text by an Aho–Corasick automaton whose transitions are one table
 * lookup per character, so that a message that hints at nothing (nearly all of a large archive) is
 * neither folded nor matched phrase by phrase. The answer may be "yes" for a text in which no
 * phrase matches; it is never "no" for one in which a phrase does. Immutable once built, so one
 * filter can serve several threads.
 */
final class PhraseFilter {

  /** Folded letters a–z, digits 0–9 and one symbol for the space between two words. */
  private static final int ALPHABET = 37;

  private static final int SPACE = 36;

  private static final int ROOT = 0;

  /** The end of Latin Extended-B; the ones above are mostly marks, dashes and symbols. */
  private static final char LATIN_EXTENDED_END = '\u0250';

  /**
   * (state × ALPHABET + symbol) → next state × ALPHABET, with the failure links already followed (a
   * complete DFA); negative for a state at which one of the words ends, which is all the search
   * needs to know of it.
   */
  private final int[] next;

  /** True when some phrase cannot be represented (a pattern, a word with other letters). */
  private final boolean always;

  private PhraseFilter(int[] next, boolean always) {
    this.next = next;
    this.always = always;
  }

  /** A filter for phrases in charter notation and regular expressions (which it cannot judge). */
  static PhraseFilter of(List<String> phrases, List<String> patterns) {
    Trie trie = new Trie();
    boolean always = !patterns.isEmpty();
    for (String phrase : phrases) {
      String key = longestWord(phrase);
      if (key == null) {
        continue;
      }
      always |= !trie.add(key);
    }
    return always ? new PhraseFilter(new int[ALPHABET], true) : trie.compile();
  }

  /**
   * The longest run of the phrase's folded words that no {@code *} interrupts, the words separated
   * by single spaces; null when the phrase has no letters or digits.
   */
  static String longestWord(String phrase) {
    String longest = null;
    StringBuilder run = new StringBuilder();
    for (String written : phrase.trim().split("\\s+")) {
      boolean open = written.startsWith("*");
      boolean more = written.endsWith("*");
      String words = TextFold.words(written.replace("*", " "));
      if (words.isEmpty()) {
        continue;
      }
      if (open || run.length() == 0) {
        longest = longer(longest, run);
        run.setLength(0);
      } else {
        run.append(' ');
      }
      run.append(words);
      if (more) {
        longest = longer(longest, run);
        run.setLength(0);
      }
    }
    return longer(longest, run);
  }

  private static String longer(String longest, CharSequence run) {
    return run.length() > 0 && (longest == null || run.length() > longest.length())
        ? run.toString()
        : longest;
  }

  /** False only when none of the phrases can occur in the text. */
  boolean mayMatch(CharSequence raw) {
    if (always) {
      return true;
    }
    // a million message bodies pass here: a String's charAt is the cheapest way through them
    String text = raw.toString();
    int state = ROOT;
    boolean between = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        int symbol = symbol(c);
        if (symbol >= 0) {
          state = next[state + symbol];
          between = false;
        } else if (!between) {
          state = next[state + SPACE];
          between = true;
        } else {
          continue;
        }
        if (state < 0) {
          return true;
        }
        continue;
      }
      if (c >= LATIN_EXTENDED_END && !Character.isLetterOrDigit(c)) {
        // dashes, typographic spaces and quotes, emoji: whatever such a character folds to is no
        // letter or digit either, so a word ends here, and no String is made for it (the folding
        // table, which umlauts and accents below this end are looked up in, does not hold them)
        if (!between) {
          state = next[state + SPACE];
          between = true;
          if (state < 0) {
            return true;
          }
        }
        continue;
      }
      // umlauts and accents fold exactly as FoldedText folds them: "ü" is "ue"
      String folded = TextFold.folded(c);
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        int symbol = symbol(f);
        if (symbol < 0 && f >= 0x80 && Character.isLetterOrDigit(f)) {
          // a letter of another script: part of a word that no phrase contains
          state = ROOT;
          between = false;
        } else if (symbol >= 0 || !between) {
          state = next[state + (symbol >= 0 ? symbol : SPACE)];
          between = symbol < 0;
          if (state < 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A letter or digit's place in the alphabet, or -1 for every other character. */
  private static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return -1;
  }

  /** The words as a trie, turned into the automaton once all are in. */
  private static final class Trie {
    private int[] children = new int[ALPHABET * 64];
    private boolean[] ends = new boolean[64];
    private int states = 1;

    /** Adds a word; false when it has a character outside the alphabet. */
    boolean add(String word) {
      int state = ROOT;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int symbol = c == ' ' ? SPACE : symbol(c);
        if (symbol < 0) {
          return false;
        }
        int child = children[state * ALPHABET + symbol];
        if (child == ROOT) {
          child = newState();
          children[state * ALPHABET + symbol] = child;
        }
        state = child;
      }
      ends[state] = true;
      return true;
    }

    private int newState() {
      if (states == ends.length) {
        ends = Arrays.copyOf(ends, states * 2);
        children = Arrays.copyOf(children, states * 2 * ALPHABET);
      }
      return states++;
    }

    /**
     * Breadth first: a state's failure is the longest proper suffix that is also a prefix of some
     * word; a missing transition goes where the failure's transition goes.
     */
    PhraseFilter compile() {
      int[] next = Arrays.copyOf(children, states * ALPHABET);
      boolean[] accepts = Arrays.copyOf(ends, states);
      int[] failure = new int[states];
      Deque<Integer> queue = new ArrayDeque<>();
      for (int s = 0; s < ALPHABET; s++) {
        int child = next[s];
        if (child != ROOT) {
          failure[child] = ROOT;
          queue.add(child);
        }
      }
      while (!queue.isEmpty()) {
        int state = queue.poll();
        accepts[state] |= accepts[failure[state]];
        for (int s = 0; s < ALPHABET; s++) {
          int child = next[state * ALPHABET + s];
          int fallback = next[failure[state] * ALPHABET + s];
          if (child != ROOT) {
            failure[child] = fallback;
            queue.add(child);
          } else {
            next[state * ALPHABET + s] = fallback;
          }
        }
      }
      // states as the offsets of their rows, accepting ones negative: one load per character
      int[] table = new int[next.length];
      for (int i = 0; i < next.length; i++) {
        table[i] = accepts[next[i]] ? -1 : next[i] * ALPHABET;
      }
      return new PhraseFilter(table, false);
    }
  }
}
