package de.kontaktcharta.source;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import java.io.IOException;
import java.util.List;

/** Reads a document kind: every block is passed to the sink and counted as used, or skipped. */
public interface DocumentReader {

  /** The properties the reader takes values from, as {@code charta check} shows them. */
  List<ColumnUse> columns();

  /** Reads every block of the detected document. */
  void read(Detection detection, RowCounter counter, InputSink sink) throws IOException;
}
