package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The rows of one sheet in order, header and preamble included, as cell texts. */
public interface SheetRows extends Closeable {

  /**
   * The next row that has cells, or null at the end.
   *
   * @return a row whose line is its 1-based row number in the sheet
   */
  Row next() throws IOException;

  /** What the rows read so far held that is not passed on as written, as notes on the file. */
  default List<Problem> notes(String file) {
    return List.of();
  }
}
