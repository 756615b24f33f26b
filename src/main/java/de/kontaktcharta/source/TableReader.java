package de.kontaktcharta.source;

import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import java.io.IOException;
import java.util.List;

/** Turns the rows of one kind of table into what the analysis needs. */
public interface TableReader {

  /** The values this reader takes from a table, with the header names they go by. */
  List<Field> fields();

  /** Reads every row; each is either passed to the sink and counted as used, or skipped. */
  void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException;
}
