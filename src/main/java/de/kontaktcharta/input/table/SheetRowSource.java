package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The data rows of one workbook sheet after its header row. Header cells left empty by merged cells
 * take the merged cell's text, and the reader says so, because a header merged across columns
 * leaves the other columns without a name of their own.
 */
public final class SheetRowSource implements RowSource {

  private final Spreadsheet book;
  private final SheetRows rows;
  private final RowCounter counter;
  private Header header;
  private int beyondHeaderRow;
  private int beyondHeaderCount;

  private SheetRowSource(Spreadsheet book, SheetRows rows, RowCounter counter) {
    this.book = book;
    this.rows = rows;
    this.counter = counter;
  }

  /** Opens a sheet of a workbook and reads up to and including its header row. */
  public static SheetRowSource open(
      InputFile file, String sheet, int headerLine, RowCounter counter) throws IOException {
    Spreadsheet book = Spreadsheet.open(file);
    SheetRows rows = null;
    try {
      int index = book.sheetNames().indexOf(sheet);
      if (index < 0) {
        throw new InputException(Message.of("cause.sheet-missing", sheet));
      }
      rows = book.rows(index);
      SheetRowSource source = new SheetRowSource(book, rows, counter);
      source.readHeader(index, headerLine);
      return source;
    } catch (IOException | RuntimeException e) {
      if (rows != null) {
        rows.close();
      }
      book.close();
      throw e;
    }
  }

  private void readHeader(int sheet, int headerLine) throws IOException {
    List<Row> above = new ArrayList<>();
    Row row;
    while ((row = rows.next()) != null && row.line() < headerLine) {
      if (!row.isBlank()) {
        above.add(row);
      }
    }
    if (row == null || row.line() != headerLine) {
      throw new InputException(Message.of("cause.header-row-missing", String.valueOf(headerLine)));
    }
    List<String> names = new ArrayList<>(row.cells());
    int width = names.size();
    // Merged cells leave their covered cells blank or missing; only then are the merges looked up,
    // which for an XLSX sheet means reading it through once more.
    if (names.stream().anyMatch(String::isBlank)
        || above.stream().anyMatch(a -> a.size() > width)) {
      fillMerged(names, headerLine, above, book.mergedRegions(sheet));
    }
    header = new Header(headerLine, names);
  }

  /** Gives header cells covered by a merged cell the merged cell's text, and notes it. */
  private void fillMerged(
      List<String> names, int headerLine, List<Row> above, List<CellRangeAddress> regions) {
    int r = headerLine - 1;
    for (CellRangeAddress region : regions) {
      if (region.getFirstRow() > r || region.getLastRow() < r) {
        continue;
      }
      String text =
          textAt(region.getFirstRow() + 1, headerLine, region.getFirstColumn(), names, above);
      if (text.isBlank()) {
        continue;
      }
      List<String> filled = new ArrayList<>();
      for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
        while (names.size() <= c) {
          names.add("");
        }
        if (names.get(c).isBlank()) {
          names.set(c, text);
          filled.add(CellReference.convertNumToColString(c));
        }
      }
      if (filled.isEmpty()) {
        continue;
      }
      String first = CellReference.convertNumToColString(region.getFirstColumn());
      Message message =
          region.getFirstColumn() < region.getLastColumn()
              ? Message.of(
                  "problem.merged-header.across",
                  text.trim(),
                  region.formatAsString(),
                  first,
                  String.join(", ", filled))
              : Message.of("problem.merged-header.above", first + headerLine, text.trim());
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), headerLine),
              region.getFirstColumn() < region.getLastColumn() ? Severity.WARNING : Severity.INFO,
              message));
    }
  }

  private static String textAt(
      int line, int headerLine, int column, List<String> header, List<Row> above) {
    if (line == headerLine) {
      return column < header.size() ? header.get(column) : "";
    }
    for (Row row : above) {
      if (row.line() == line) {
        return row.get(column);
      }
    }
    return "";
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public Row next() throws IOException {
    Row row;
    while ((row = rows.next()) != null) {
      if (row.isBlank()) {
        continue;
      }
      for (int c = header.size(); c < row.size(); c++) {
        if (!row.cells().get(c).isBlank()) {
          beyondHeaderCount++;
          beyondHeaderRow = beyondHeaderRow == 0 ? row.line() : beyondHeaderRow;
          break;
        }
      }
      return row;
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    if (beyondHeaderCount > 0) {
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), beyondHeaderRow),
              Severity.WARNING,
              Message.of(
                  "problem.cells-beyond-header",
                  beyondHeaderCount,
                  CellReference.convertNumToColString(header.size()))));
    }
    rows.notes(counter.file()).forEach(counter::note);
    try {
      rows.close();
    } finally {
      book.close();
    }
  }
}
