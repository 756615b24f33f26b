package de.kontaktcharta.model;

import java.util.Objects;

/**
 * Something in the input that the user should know about.
 *
 * @param source where
 * @param severity how serious
 * @param code a stable short code, e.g. {@code malformed-row}
 * @param message a one-line human explanation
 * @param rows how many input rows were not used because of this problem: 1 for a skipped row, more
 *     for one line that stands for many (the newsletters of a mailbox), 0 for a note
 */
public record Problem(SourceRef source, Severity severity, String code, String message, long rows)
    implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
  }

  /** A problem that stands for one row or none. */
  public Problem(
      SourceRef source, Severity severity, String code, String message, boolean rowSkipped) {
    this(source, severity, code, message, rowSkipped ? 1 : 0);
  }

  /** A row that could not be used. */
  public static Problem skippedRow(SourceRef source, String code, String message) {
    return new Problem(source, Severity.WARNING, code, message, 1);
  }

  /** Several rows of a file not used for one reason, listed as one line. */
  public static Problem skippedRows(
      SourceRef source, Severity severity, String code, String message, long rows) {
    return new Problem(source, severity, code, message, rows);
  }

  /** A note about a row that was used, or about a whole file. */
  public static Problem note(SourceRef source, Severity severity, String code, String message) {
    return new Problem(source, severity, code, message, 0);
  }

  /** True when input rows were not used because of this problem. */
  public boolean rowSkipped() {
    return rows > 0;
  }

  @Override
  public int compareTo(Problem other) {
    int bySource = source.compareTo(other.source);
    return bySource != 0 ? bySource : code.compareTo(other.code);
  }

  /** The compiler-style line {@code file:line: severity: message}. */
  @Override
  public String toString() {
    return source + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
