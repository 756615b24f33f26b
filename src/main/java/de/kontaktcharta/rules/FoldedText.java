package de.kontaktcharta.rules;

import de.kontaktcharta.model.TextFold;

/**
 * A text folded once (see {@link TextFold}) and cut into word tokens, so that many phrase lists can
 * be matched against it without new allocations per token. One instance is reused for many texts;
 * it is not thread-safe.
 */
public final class FoldedText {

  /** The folded text: tokens separated by single spaces (a plain array: this is a hot loop). */
  private char[] chars = new char[256];

  private int used;
  private final StringBuilder scratch = new StringBuilder(8);
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] hashes = new int[64];
  private int[] prefixHashes = new int[64];

  /** The sentence of each token: a new one starts after {@code . ! ? ;} or a line break. */
  private int[] sentences = new int[64];

  /** One bit per sentence: true when it ends in a question mark (at most 64 counted apart). */
  private long questions;

  private int sentence;
  private boolean sentenceEnded;
  private int tokenStart;
  private int tokenHash;
  private int tokenPrefixHash;
  private int count;
  private String raw = "";
  private String punctuated;

  /** Folds a new text into this instance and returns it. */
  public FoldedText reset(CharSequence text) {
    used = 0;
    count = 0;
    raw = text == null ? "" : text.toString();
    punctuated = null;
    tokenStart = -1;
    sentence = 0;
    sentenceEnded = false;
    questions = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x80) {
        // ASCII folds to itself in lower case; most text is ASCII, so it skips the scratch buffer
        add(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        continue;
      }
      scratch.setLength(0);
      TextFold.appendFolded(c, scratch);
      for (int j = 0; j < scratch.length(); j++) {
        add(scratch.charAt(j));
      }
    }
    if (tokenStart >= 0) {
      addToken(tokenStart, used);
    }
    return this;
  }

  /** Adds one folded character; the token hashes are built on the way for the phrase lookup. */
  private void add(char f) {
    boolean letterOrDigit =
        f < 0x80
            ? (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') || (f >= 'A' && f <= 'Z')
            : Character.isLetterOrDigit(f);
    if (letterOrDigit) {
      if (tokenStart < 0) {
        tokenStart = used;
        tokenHash = 0;
      }
      append(f);
      tokenHash = 31 * tokenHash + f;
      if (used - tokenStart == PhraseMatcher.MIN_PREFIX) {
        tokenPrefixHash = tokenHash;
      }
    } else {
      if (tokenStart >= 0) {
        addToken(tokenStart, used);
        append(' ');
        tokenStart = -1;
      }
      endsSentence(f);
    }
  }

  /** Notes the end of a sentence; the next token starts the next one. */
  private void endsSentence(char f) {
    if (f == '.' || f == '!' || f == '?' || f == ';' || f == '\n' || f == '\r') {
      if (count > 0 && !sentenceEnded) {
        sentenceEnded = true;
      }
      if (f == '?' && count > 0) {
        questions |= 1L << Math.min(sentence, 63);
      }
    }
  }

  private void append(char c) {
    if (used == chars.length) {
      chars = java.util.Arrays.copyOf(chars, used * 2);
    }
    chars[used++] = c;
  }

  private void addToken(int start, int end) {
    if (count == starts.length) {
      starts = java.util.Arrays.copyOf(starts, count * 2);
      ends = java.util.Arrays.copyOf(ends, count * 2);
      hashes = java.util.Arrays.copyOf(hashes, count * 2);
      prefixHashes = java.util.Arrays.copyOf(prefixHashes, count * 2);
      sentences = java.util.Arrays.copyOf(sentences, count * 2);
    }
    if (sentenceEnded) {
      sentence++;
      sentenceEnded = false;
    }
    sentences[count] = sentence;
    starts[count] = start;
    ends[count] = end;
    hashes[count] = tokenHash;
    prefixHashes[count] = end - start >= PhraseMatcher.MIN_PREFIX ? tokenPrefixHash : 0;
    count++;
  }

  public int tokenCount() {
    return count;
  }

  /** The sentence token i stands in, counted from 0. */
  int sentence(int i) {
    return sentences[i];
  }

  /** True when the sentence ends in a question mark. */
  boolean isQuestion(int sentence) {
    return (questions & (1L << Math.min(sentence, 63))) != 0;
  }

  /** True when token i ends with the word and then one of the given endings of its length. */
  boolean tokenEndsWith(int i, String word, int ending) {
    int at = ends[i] - ending - word.length();
    return at >= starts[i] && regionEquals(at, word, word.length());
  }

  /** True when the word stands anywhere in token i. */
  boolean tokenContains(int i, String word) {
    for (int at = starts[i]; at + word.length() <= ends[i]; at++) {
      if (regionEquals(at, word, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The hash of the three letters before the last {@code ending} letters of token i. */
  int tailHash(int i, int ending) {
    int h = 0;
    for (int k = ends[i] - ending - PhraseMatcher.MIN_PREFIX; k < ends[i] - ending; k++) {
      h = 31 * h + chars[k];
    }
    return h;
  }

  /** The i-th token as a new string (for tests and messages; matching does not need it). */
  public String token(int i) {
    return new String(chars, starts[i], ends[i] - starts[i]);
  }

  int tokenStart(int i) {
    return starts[i];
  }

  int tokenLength(int i) {
    return ends[i] - starts[i];
  }

  /** True when token i equals the word exactly. */
  boolean tokenEquals(int i, String word) {
    return tokenLength(i) == word.length() && regionEquals(starts[i], word, word.length());
  }

  /** True when token i starts with the prefix. */
  boolean tokenStartsWith(int i, String prefix) {
    return tokenLength(i) >= prefix.length() && regionEquals(starts[i], prefix, prefix.length());
  }

  /** The same hash as {@code token(i).substring(0, length).hashCode()}, without the string. */
  int hash(int i, int length) {
    if (length == tokenLength(i)) {
      return hashes[i];
    }
    if (length == PhraseMatcher.MIN_PREFIX) {
      return prefixHashes[i];
    }
    int h = 0;
    int start = starts[i];
    for (int k = 0; k < length; k++) {
      h = 31 * h + chars[start + k];
    }
    return h;
  }

  private boolean regionEquals(int start, String word, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The text as given, before folding. */
  String raw() {
    return raw;
  }

  /** The folded text with punctuation kept, for regular expressions. */
  public String punctuated() {
    if (punctuated == null) {
      punctuated = TextFold.fold(raw);
    }
    return punctuated;
  }

  /** The folded words joined by single spaces. */
  public String words() {
    StringBuilder out = new StringBuilder(used);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(chars, starts[i], ends[i] - starts[i]);
    }
    return out.toString();
  }
}
