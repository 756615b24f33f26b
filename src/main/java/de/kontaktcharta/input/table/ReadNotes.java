package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Problem;

/** Receives what reading a table notes besides its rows: problems, and now and then progress. */
public interface ReadNotes {

  /** A skipped row or a note about the input. */
  void problem(Problem problem);

  /** How many rows of a file were read so far; called now and then during long files. */
  default void progress(String file, long rows) {}
}
