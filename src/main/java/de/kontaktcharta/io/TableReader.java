package de.kontaktcharta.io;

import java.io.IOException;

/** Turns the rows of one kind of table into what the analysis needs. */
interface TableReader {

  /** Reads every row; each is either passed to the sink and counted as used, or skipped. */
  void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException;
}
