package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.SheetRows;
import de.kontaktcharta.input.table.Spreadsheet;
import de.kontaktcharta.input.table.UnsupportedFormatException;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.Signature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the sheets of a workbook by their header rows. Every sheet with a known header is
 * read, first sheet first; a workbook with none is one unknown file, with the reason for each
 * sheet.
 */
final class SheetDetector {

  private final Detector detector;

  SheetDetector(Detector detector) {
    this.detector = detector;
  }

  List<Detection> detect(InputFile file, InputKind forced) throws IOException {
    List<Detection> recognised = new ArrayList<>();
    List<Detection> skipped = new ArrayList<>();
    List<Message> reasons = new ArrayList<>();
    try (Spreadsheet book = Spreadsheet.open(file)) {
      List<String> names = book.sheetNames();
      for (int i = 0; i < names.size(); i++) {
        String sheet = names.get(i);
        Optional<Detection> found;
        Message why;
        try (SheetRows rows = book.rows(i)) {
          Scan scan = scan(rows, forced);
          found =
              scan.header == null
                  ? Optional.empty()
                  : Optional.of(detection(file, sheet, scan, forced));
          why = scan.why;
        } catch (IOException e) {
          // a damaged sheet costs that sheet; the workbook's other sheets are read
          found = Optional.empty();
          why = Detection.damaged(InputScanner.describe(e));
        }
        if (found.isPresent()) {
          recognised.add(found.get());
        } else {
          skipped.add(Detection.unknownSheet(file, sheet, why));
          reasons.add(Message.of("cause.sheet", sheet, why));
        }
      }
      if (names.isEmpty()) {
        reasons.add(Message.of("cause.no-sheets"));
      }
    } catch (UnsupportedFormatException e) {
      return List.of(Detection.unknown(file, "", e.message()));
    } catch (java.util.zip.ZipException e) {
      return List.of(Detection.unknown(file, "", Message.of("cause.zip-damaged")));
    }
    if (recognised.isEmpty()) {
      Message what =
          forced == null
              ? Message.of("cause.workbook-unknown")
              : Message.of("cause.workbook-unknown.forced", forced.code());
      List<Detection> unknown = new ArrayList<>();
      unknown.add(Detection.unknown(file, "", Message.of("cause.workbook", what, list(reasons))));
      // a damaged sheet may have held contacts: it is named on its own
      skipped.stream().filter(Detection::isDamagedSheet).forEach(unknown::add);
      return unknown;
    }
    recognised.addAll(skipped);
    return recognised;
  }

  private Detection detection(InputFile file, String sheet, Scan scan, InputKind forced) {
    return new Detection(
        file, scan.kind, "", (char) 0, scan.header, Message.NONE, forced != null, sheet);
  }

  /** The best header row within the search window (the first of equals), or why there is none. */
  private Scan scan(SheetRows rows, InputKind forced) throws IOException {
    int seen = 0;
    Scan best = null;
    int bestScore = -1;
    SecondLooks.Watching watching = SecondLooks.Watching.NONE;
    Row row;
    while (seen < Detector.HEADER_SEARCH_RECORDS && (row = next(rows, best != null)) != null) {
      if (row.isBlank()) {
        continue;
      }
      seen++;
      Header header = new Header(row.line(), row.cells());
      watching.add(header.names());
      Optional<Signature> match = detector.headerMatch(header, forced);
      if (match.isPresent() && match.get().score() > bestScore) {
        best = new Scan(match.get().kind(), header, Message.NONE);
        bestScore = match.get().score();
        watching = detector.looks().start(header, best.kind, forced != null);
      }
    }
    if (best != null) {
      return new Scan(watching.kind(best.kind), best.header, Message.NONE);
    }
    if (seen == 0) {
      return new Scan(null, null, Message.of("cause.empty-sheet"));
    }
    return new Scan(
        null,
        null,
        forced == null
            ? Message.of("cause.no-header.sheet", Detector.HEADER_SEARCH_RECORDS)
            : Message.of(
                "cause.no-header.sheet-forced", forced.code(), Detector.HEADER_SEARCH_RECORDS));
  }

  /** The reasons one after the other: "sheet 'A': …; sheet 'B': …". */
  private static Message list(List<Message> reasons) {
    Message all = Message.NONE;
    for (int i = reasons.size() - 1; i >= 0; i--) {
      all = all.isEmpty() ? reasons.get(i) : Message.of("cause.list", reasons.get(i), all);
    }
    return all;
  }

  /**
   * The next row; with a header already found, damage further down ends the search instead of
   * failing it, so that the rows before the damage are read and the damage is reported there.
   */
  private static Row next(SheetRows rows, boolean headerFound) throws IOException {
    try {
      return rows.next();
    } catch (IOException e) {
      if (headerFound) {
        return null;
      }
      throw e;
    }
  }

  private record Scan(InputKind kind, Header header, Message why) {}
}
