package de.kontaktcharta.io;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one sheet in order, header and preamble included, as cell texts. */
interface SheetRows extends Closeable {

  /**
   * The next row that has cells, or null at the end.
   *
   * @return a row whose line is its 1-based row number in the sheet
   */
  Row next() throws IOException;
}
