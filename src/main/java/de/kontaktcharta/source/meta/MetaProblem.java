package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in a Facebook or Instagram export file the user should know about. Messages never quote
 * message texts.
 *
 * @param source file and line (line 0: the whole file)
 * @param level how serious
 * @param code a stable short code, e.g. {@code meta-bad-timestamp}
 * @param message one line in plain English
 * @param rowSkipped true when messages (or the rest of the file) were not used because of it
 */
public record MetaProblem(
    SourceRef source, Level level, String code, String message, boolean rowSkipped) {

  /** How serious a problem is; maps one to one onto the report's severities. */
  public enum Level {
    INFO,
    WARNING,
    ERROR
  }

  public MetaProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static MetaProblem skipped(SourceRef source, String code, String message) {
    return new MetaProblem(source, Level.WARNING, code, message, true);
  }

  static MetaProblem note(SourceRef source, Level level, String code, String message) {
    return new MetaProblem(source, level, code, message, false);
  }
}
