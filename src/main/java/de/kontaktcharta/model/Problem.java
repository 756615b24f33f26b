package de.kontaktcharta.model;

import java.util.Objects;

/**
 * Something in the input that the user should know about.
 *
 * @param source where
 * @param severity how serious
 * @param code a stable short code, e.g. {@code malformed-row}
 * @param message a one-line human explanation
 * @param rowSkipped true when an input row was not used because of this problem
 */
public record Problem(
    SourceRef source, Severity severity, String code, String message, boolean rowSkipped)
    implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A row that could not be used. */
  public static Problem skippedRow(SourceRef source, String code, String message) {
    return new Problem(source, Severity.WARNING, code, message, true);
  }

  /** A note about a row that was used, or about a whole file. */
  public static Problem note(SourceRef source, Severity severity, String code, String message) {
    return new Problem(source, severity, code, message, false);
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
