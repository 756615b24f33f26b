package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.file.ZipEntryFile;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Every table of one file, whatever it was saved as: the sheets of a workbook (.xlsx, .xlsm, .xls,
 * .ods), a text table (comma, semicolon or tab; UTF-8 with or without byte-order mark, UTF-16 or
 * Windows-1252), or the CSV files of a ZIP. The caller's test finds each table's header row among
 * its first rows; tables without one are passed over. An earlier report is read so, in whatever
 * form the user saved it.
 */
public final class FileTables {

  /** Receives each table whose header was found, positioned after the header. */
  @FunctionalInterface
  public interface Visitor {
    void table(String name, RowSource rows) throws IOException;
  }

  private static final char[] DELIMITERS = {';', ',', '\t'};
  private static final List<String> WORKBOOK_ENDINGS = List.of(".xlsx", ".xlsm", ".xls", ".ods");
  private static final int HEADER_SEARCH_ROWS = 40;

  private final Predicate<List<String>> isHeader;
  private final ReadNotes notes;

  /**
   * @param isHeader true for a row of cell texts that is the header wanted
   * @param notes receives what reading a table noted (malformed CSV rows, damaged cells)
   */
  public FileTables(Predicate<List<String>> isHeader, ReadNotes notes) {
    this.isHeader = isHeader;
    this.notes = notes;
  }

  /**
   * Reads the file's tables.
   *
   * @return how many tables had the header
   * @throws IOException when the file cannot be read; its message says why in words
   */
  public int read(Path file, Visitor visitor) throws IOException {
    // rows are named by the file's own name, as the user sees it in the folder
    InputFile input = new DiskFile(file, String.valueOf(file.getFileName()));
    byte[] head = input.head(TextEncoding.SNIFF_BYTES);
    if (Spreadsheet.startsWith(head, 'P', 'K', 3, 4) && !isWorkbook(file)) {
      return archive(file, visitor);
    }
    if (Spreadsheet.isContainer(head)) {
      return workbook(input, visitor);
    }
    String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (WORKBOOK_ENDINGS.stream().anyMatch(lower::endsWith)) {
      throw new UnsupportedFormatException(Message.of("cause.named-like-workbook"));
    }
    return text(input, head, visitor);
  }

  /** True for a ZIP that is an Office or OpenDocument file rather than an archive of files. */
  private static boolean isWorkbook(Path file) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      return zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null;
    } catch (ZipException e) {
      throw new InputException(Message.of("cause.zip-damaged"), e);
    }
  }

  private int workbook(InputFile input, Visitor visitor) throws IOException {
    int found = 0;
    try (Spreadsheet book = Spreadsheet.open(input)) {
      List<String> sheets = book.sheetNames();
      for (int i = 0; i < sheets.size(); i++) {
        String name = input.name() + "!" + sheets.get(i);
        try (SheetRows rows = book.rows(i)) {
          Optional<RowSource> table = SheetTable.open(rows, isHeader, HEADER_SEARCH_ROWS);
          if (table.isPresent()) {
            found++;
            visitor.table(name, table.get());
          }
          rows.notes(name).forEach(notes::problem);
        }
      }
    } catch (ZipException e) {
      throw new InputException(Message.of("cause.workbook-damaged"), e);
    }
    return found;
  }

  private int archive(Path file, Visitor visitor) throws IOException {
    int found = 0;
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      int seen = 0;
      while (entries.hasMoreElements() && seen++ < ZipLimits.DEFAULT.maxEntries()) {
        ZipArchiveEntry entry = entries.nextElement();
        String lower = entry.getName().toLowerCase(java.util.Locale.ROOT);
        if (entry.isDirectory() || !(lower.endsWith(".csv") || lower.endsWith(".tsv"))) {
          continue;
        }
        InputFile member =
            new ZipEntryFile(
                zip, entry, entry.getName(), String.valueOf(file.getFileName()), ZipLimits.DEFAULT);
        byte[] head = member.head(TextEncoding.SNIFF_BYTES);
        found += text(member, head, visitor);
      }
    } catch (ZipException e) {
      throw new InputException(Message.of("cause.zip-damaged"), e);
    }
    return found;
  }

  /** A text table: the delimiter is the one with which a row among the first is the header. */
  private int text(InputFile input, byte[] head, Visitor visitor) throws IOException {
    boolean complete = head.length < TextEncoding.SNIFF_BYTES;
    TextEncoding encoding = TextEncoding.sniff(head, complete);
    String text = decode(head, encoding);
    for (char delimiter : DELIMITERS) {
      for (Row row : CsvRowSource.sample(text, delimiter, HEADER_SEARCH_ROWS)) {
        if (isHeader.test(row.cells())) {
          RowCounter counter = new RowCounter(input.name(), notes);
          try (RowSource rows =
              CsvRowSource.open(input, encoding, delimiter, row.line(), counter, true)) {
            visitor.table(input.name(), rows);
          }
          return 1;
        }
      }
    }
    return 0;
  }

  private static String decode(byte[] head, TextEncoding encoding) throws IOException {
    try (Reader reader = encoding.reader(new java.io.ByteArrayInputStream(head))) {
      StringBuilder out = new StringBuilder(head.length);
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    }
  }

  /** The rows of a sheet after the first row the test takes for the header. */
  private static final class SheetTable implements RowSource {
    private final SheetRows rows;
    private final Header header;

    private SheetTable(SheetRows rows, Header header) {
      this.rows = rows;
      this.header = header;
    }

    static Optional<RowSource> open(SheetRows rows, Predicate<List<String>> isHeader, int most)
        throws IOException {
      List<Row> seen = new ArrayList<>();
      Row row;
      while (seen.size() < most && (row = rows.next()) != null) {
        if (isHeader.test(row.cells())) {
          return Optional.of(new SheetTable(rows, new Header(row.line(), row.cells())));
        }
        seen.add(row);
      }
      return Optional.empty();
    }

    @Override
    public Header header() {
      return header;
    }

    @Override
    public Row next() throws IOException {
      Row row;
      while ((row = rows.next()) != null && row.isBlank()) {
        // blank rows between the data carry nothing
      }
      return row;
    }

    @Override
    public void close() {
      // the sheet's rows are closed by the workbook's reader
    }
  }
}
