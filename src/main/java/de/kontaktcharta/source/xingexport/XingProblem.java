package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * Something in a XING export file the user should know about: a row that could not be used, a value
 * that was not understood, or a file that is not read.
 *
 * @param source file and line (line 0: the whole file)
 * @param level how serious
 * @param text what was found, as a text key {@code problem.xing-…} with its values
 * @param rowSkipped true when input rows were not used because of this problem
 */
public record XingProblem(SourceRef source, Level level, Message text, boolean rowSkipped) {

  /** How serious a problem is; maps one to one onto the report's severities. */
  public enum Level {
    INFO,
    WARNING,
    ERROR
  }

  public XingProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
    if (Problem.codeOf(text.key()).isEmpty()) {
      throw new IllegalArgumentException("not a problem's text: " + text);
    }
  }

  /** The stable short code, e.g. {@code xing-bad-date}: the key without its variant. */
  public String code() {
    return Problem.codeOf(text.key());
  }

  static XingProblem skipped(SourceRef source, Message text) {
    return new XingProblem(source, Level.WARNING, text, true);
  }

  static XingProblem note(SourceRef source, Level level, Message text) {
    return new XingProblem(source, level, text, false);
  }
}
