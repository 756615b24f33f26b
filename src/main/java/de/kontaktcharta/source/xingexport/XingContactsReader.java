package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the contacts file ({@code "Name","Kontakt bestätigt am"}, under {@code
 * data/network-inquiry/files/} with a hash as its name): the owner's XING network with the date
 * each contact was confirmed. Rows without a date are contacts all the same.
 */
public final class XingContactsReader {

  private final int maxRecordChars;

  public XingContactsReader() {
    this(CsvRecords.MAX_RECORD_CHARS);
  }

  XingContactsReader(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Reads the whole stream (without closing it) and hands every contact to the sink. Never throws:
   * bad rows and a failing stream become problems.
   *
   * @param file the display name used in every source reference
   */
  public XingReadSummary read(InputStream in, String file, XingSink<XingContact> sink) {
    Map<String, Integer> seen = new HashMap<>();
    return HeaderedFile.read(
        in,
        file,
        XingFileKind.CONTACTS,
        sink,
        (row, header, tally) -> row(row, header, tally, file, seen),
        maxRecordChars);
  }

  private static void row(
      CsvLine row,
      XingHeader header,
      Tally<XingContact> tally,
      String file,
      Map<String, Integer> seen) {
    SourceRef at = new SourceRef(file, row.line());
    String name = XingText.name(row.get(header.name()));
    String date = row.get(header.date());
    if (name.isEmpty()) {
      tally.problem(
          Problem.skippedRow(at, Message.of("problem.xing-no-name.contact", date.strip())));
      return;
    }
    XingTime confirmed = XingDates.parse(date, at, "problem.xing-bad-date.confirmed", tally);
    if (XingText.damaged(name)) {
      tally.problem(Problem.note(at, Severity.WARNING, Message.of("problem.xing-damaged-name")));
    }
    Integer first = seen.putIfAbsent(name, row.line());
    if (first != null) {
      tally.problem(
          Problem.note(
              at,
              Severity.INFO,
              Message.of("problem.xing-duplicate-name", name, String.valueOf(first))));
    }
    tally.used();
    tally.accept(new XingContact(name, confirmed, at));
  }
}
