package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.io.InputStream;

/**
 * Reads the notes file ({@code "Name","Erstellt am","Text der Notiz"}): what the owner wrote about
 * people. The owner's own name appears there too; the caller drops it once the owner is known.
 */
public final class XingNotesReader {

  private final int maxRecordChars;

  public XingNotesReader() {
    this(CsvRecords.MAX_RECORD_CHARS);
  }

  XingNotesReader(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Reads the whole stream (without closing it) and hands every note to the sink. Never throws.
   *
   * @param file the display name used in every source reference
   */
  public XingReadSummary read(InputStream in, String file, XingSink<XingNote> sink) {
    return HeaderedFile.read(
        in,
        file,
        XingFileKind.NOTES,
        sink,
        (row, header, tally) -> row(row, header, tally, file),
        maxRecordChars);
  }

  private static void row(CsvLine row, XingHeader header, Tally<XingNote> tally, String file) {
    SourceRef at = new SourceRef(file, row.line());
    String name = XingText.name(row.get(header.name()));
    if (name.isEmpty()) {
      tally.problem(Problem.skippedRow(at, Message.of("problem.xing-no-name.note")));
      return;
    }
    XingTime created =
        XingDates.parse(row.get(header.date()), at, "problem.xing-bad-date.note", tally);
    tally.used();
    tally.accept(new XingNote(name, created, row.get(header.text()).strip(), at));
  }
}
