package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in a Facebook or Instagram export file the user should know about. Messages never quote
 * message texts.
 *
 * @param source file and line (line 0: the whole file)
 * @param level how serious
 * @param text what was found, as a text key {@code problem.meta-…} with its values
 * @param rowSkipped true when messages (or the rest of the file) were not used because of it
 */
public record MetaProblem(SourceRef source, Level level, Message text, boolean rowSkipped) {

  /** How serious a problem is; maps one to one onto the report's severities. */
  public enum Level {
    INFO,
    WARNING,
    ERROR
  }

  public MetaProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
    if (Problem.codeOf(text.key()).isEmpty()) {
      throw new IllegalArgumentException("not a problem's text: " + text);
    }
  }

  /** The stable short code, e.g. {@code meta-bad-timestamp}: the key without its variant. */
  public String code() {
    return Problem.codeOf(text.key());
  }

  static MetaProblem skipped(SourceRef source, Message text) {
    return new MetaProblem(source, Level.WARNING, text, true);
  }

  static MetaProblem note(SourceRef source, Level level, Message text) {
    return new MetaProblem(source, level, text, false);
  }
}
