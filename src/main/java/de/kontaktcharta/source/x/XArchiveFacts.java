package de.kontaktcharta.source.x;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one file of an X archive into the sink: the owner, every direct message as a message fact
 * (a row), and the accounts the owner's posts name as links from account numbers to handles and
 * names. Which file is read first does not matter: the links are applied once every file is read.
 */
final class XArchiveFacts implements DocumentReader {

  /** The first bytes are enough to tell what a file of the archive holds. */
  private static final int HEAD = 4096;

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("owner", "check.source.x-owner", -1),
        new ColumnUse("messages", "check.source.x-messages", -1),
        new ColumnUse("group messages", "check.source.x-group-messages", -1),
        new ColumnUse("handles and names", "check.source.x-handles", -1),
        new ColumnUse("following", "check.source.x-following", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    XRecords records = new XRecords(counter, sink);
    try (Peek peek = detection.file().peek(HEAD)) {
      Optional<XFileType> type = XDetector.detect(peek.head());
      if (type.isEmpty()) {
        // only a file given with --as gets here
        counter.note(
            Problem.note(
                SourceRef.wholeFile(counter.file()),
                Severity.ERROR,
                Message.of("problem.x-not-recognised")));
        return;
      }
      new XArchiveReader().read(type.get(), peek.stream(), counter.file(), records);
    }
    records.finish();
  }
}
