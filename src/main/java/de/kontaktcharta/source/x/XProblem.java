package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in an X archive file the user should know about.
 *
 * @param source file and line
 * @param severity how serious
 * @param code a stable short code, e.g. {@code x-bad-date}
 * @param message a one-line explanation in English
 * @param skipped true when an entry of the file (a message, a tweet, …) was not used because of it
 */
public record XProblem(
    SourceRef source, Severity severity, String code, String message, boolean skipped) {

  /** How serious a problem is. */
  public enum Severity {
    /** Worth knowing; nothing is lost. */
    INFO,
    /** An entry was not used, or something looks wrong. */
    WARNING,
    /** The file, or the rest of it, could not be read. */
    ERROR
  }

  public XProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static XProblem skipped(SourceRef source, String code, String message) {
    return new XProblem(source, Severity.WARNING, code, message, true);
  }

  static XProblem note(SourceRef source, Severity severity, String code, String message) {
    return new XProblem(source, severity, code, message, false);
  }
}
