package de.kontaktcharta.input.table;

import java.io.Closeable;
import java.io.IOException;

/**
 * The data rows of one table (a CSV file or a sheet), after its header. Rows that cannot be parsed
 * are reported and counted by the source itself and never returned.
 */
public interface RowSource extends Closeable {

  /** The header row's cells. */
  Header header();

  /** The next data row, or null at the end. */
  Row next() throws IOException;
}
