package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;

/**
 * What a CSV file's rows had that is told once per file instead of once per row: short rows,
 * control characters and text in a second encoding, each with the first line it was seen on.
 */
final class RowTallies {

  private int shortRows;
  private int firstShort;
  private long controls;
  private int firstControl;
  private Message mixed;

  void shortRow(int line) {
    shortRows++;
    firstShort = firstShort == 0 ? line : firstShort;
  }

  void control(int line) {
    controls++;
    firstControl = firstControl == 0 ? line : firstControl;
  }

  void mixed(Message warning) {
    mixed = mixed == null ? warning : mixed;
  }

  /** Tells the notes, once: the tallies are empty afterwards. */
  void report(RowCounter counter) {
    if (shortRows > 0) {
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), firstShort),
              Severity.INFO,
              Message.of("problem.short-rows", shortRows)));
    }
    if (controls > 0) {
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), firstControl),
              Severity.WARNING,
              Message.of("problem.control-characters", controls)));
    }
    if (mixed != null) {
      counter.note(Problem.note(SourceRef.wholeFile(counter.file()), Severity.WARNING, mixed));
    }
    shortRows = 0;
    firstShort = 0;
    controls = 0;
    firstControl = 0;
    mixed = null;
  }
}
