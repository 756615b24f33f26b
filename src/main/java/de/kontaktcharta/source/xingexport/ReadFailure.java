package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;

/** The problem for a read that stopped: the input failed, or a fault in this reader. */
final class ReadFailure {

  private ReadFailure() {}

  /**
   * @param line the last line read, 0 when none
   */
  static Problem of(String file, int line, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Problem(
        new SourceRef(file, line),
        Severity.ERROR,
        line > 0
            ? Message.of("problem.xing-read-failed.stopped", String.valueOf(line), why)
            : Message.of("problem.xing-read-failed", why),
        true);
  }
}
