package de.kontaktcharta.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Something in the input that the user should know about.
 *
 * <p>What it says is a {@link Message} in no particular language, whose key names the problem's
 * code: {@code problem.<code>} or {@code problem.<code>.<variant>} when one code has several
 * wordings. A new problem is made as {@code Problem.note(at, Severity.WARNING,
 * Message.of("problem.my-code", value))} with the template {@code problem.my-code=… {0} …} in both
 * {@code labels_de.properties} and {@code labels_en.properties}. See {@link Message} for how to
 * convert a call site that still passes a code and an English text.
 *
 * @param source where
 * @param severity how serious
 * @param message what it says; its key begins with {@code problem.} and the code
 * @param rows how many input rows were not used because of this problem: 1 for a skipped row, more
 *     for one line that stands for many (the newsletters of a mailbox), 0 for a note
 */
public record Problem(SourceRef source, Severity severity, Message message, long rows)
    implements Comparable<Problem> {

  /** The prefix of every problem's text key. */
  public static final String KEY_PREFIX = "problem.";

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (codeOf(message.key()).isEmpty()) {
      throw new IllegalArgumentException(
          "a problem's text key is problem.<code>[.<variant>], not " + message.key());
    }
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
  }

  /** A problem that stands for one row or none. */
  public Problem(SourceRef source, Severity severity, Message message, boolean rowSkipped) {
    this(source, severity, message, rowSkipped ? 1 : 0);
  }

  /** A row that could not be used. */
  public static Problem skippedRow(SourceRef source, Message message) {
    return new Problem(source, Severity.WARNING, message, 1);
  }

  /** Several rows of a file not used for one reason, listed as one line. */
  public static Problem skippedRows(
      SourceRef source, Severity severity, Message message, long rows) {
    return new Problem(source, severity, message, rows);
  }

  /** A note about a row that was used, or about a whole file. */
  public static Problem note(SourceRef source, Severity severity, Message message) {
    return new Problem(source, severity, message, 0);
  }

  /** True when input rows were not used because of this problem. */
  public boolean rowSkipped() {
    return rows > 0;
  }

  /** The stable short code, e.g. {@code malformed-row}: the key's part after {@code problem.}. */
  public String code() {
    return codeOf(message.key());
  }

  /** The code in a text key, or "" when the key is no problem's. */
  public static String codeOf(String key) {
    if (!key.startsWith(KEY_PREFIX)) {
      return "";
    }
    int end = key.indexOf('.', KEY_PREFIX.length());
    return key.substring(KEY_PREFIX.length(), end < 0 ? key.length() : end);
  }

  @Override
  public int compareTo(Problem other) {
    int bySource = source.compareTo(other.source);
    return bySource != 0 ? bySource : code().compareTo(other.code());
  }

  /**
   * The compiler-style line {@code file:line: severity: key [values]}, in no language: for logs and
   * test failures. Users see the message in their language.
   */
  @Override
  public String toString() {
    return source + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
