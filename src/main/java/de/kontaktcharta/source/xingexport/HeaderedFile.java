package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a CSV file of the export that starts with a header: the contacts and the notes. */
final class HeaderedFile {

  /** Turns one data row into an item or a problem. */
  interface RowReader<T> {
    void row(CsvLine row, XingHeader header, Tally<T> tally);
  }

  private HeaderedFile() {}

  static <T> XingReadSummary read(
      InputStream in,
      String file,
      XingFileKind kind,
      XingSink<T> sink,
      RowReader<T> rows,
      int maxRecordChars) {
    Tally<T> tally = new Tally<>(sink, file);
    int line = 0;
    try {
      CsvRecords records =
          CsvRecords.open(in, file, r -> XingHeader.starts(r, kind), maxRecordChars);
      CsvLine first = records.next(tally);
      while (first != null && first.blank()) {
        first = records.next(tally);
      }
      Optional<XingHeader> header =
          first == null ? Optional.empty() : XingHeader.of(first.values());
      if (header.isEmpty() || header.get().kind() != kind) {
        tally.problem(notThisKind(file, first, kind));
        return tally.finish();
      }
      CsvLine row;
      while ((row = records.next(tally)) != null) {
        line = row.line();
        if (row.blank()) {
          tally.empty(row.line());
        } else {
          rows.row(row, header.get(), tally);
        }
      }
    } catch (IOException | RuntimeException e) {
      tally.problem(ReadFailure.of(file, line, e));
    }
    return tally.finish();
  }

  private static Problem notThisKind(String file, CsvLine first, XingFileKind kind) {
    Message found;
    if (kind == XingFileKind.CONTACTS) {
      found =
          first == null
              ? Message.of("problem.xing-not-contacts.empty")
              : Message.of("problem.xing-not-contacts");
    } else {
      found =
          first == null
              ? Message.of("problem.xing-not-notes.empty")
              : Message.of("problem.xing-not-notes");
    }
    return new Problem(
        new SourceRef(file, first == null ? 0 : first.line()),
        Severity.ERROR,
        found,
        first != null);
  }
}
