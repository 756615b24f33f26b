package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 workbook (.xls), read record by record ({@link XlsRecords}) rather than through
 * POI's workbook model, which gives up on the whole file when one cell points past the shared
 * strings. The format caps a sheet at 65,536 rows, so the cells are read once, as text, when the
 * file is opened; formula cells give their cached values.
 */
final class XlsSpreadsheet implements Spreadsheet {

  private final List<XlsRecords.Sheet> sheets;

  private XlsSpreadsheet(List<XlsRecords.Sheet> sheets) {
    this.sheets = sheets;
  }

  static XlsSpreadsheet open(InputFile file) throws IOException {
    try (POIFSFileSystem fs = fileSystem(file)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        throw new UnsupportedFormatException(Message.of("cause.password"));
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        throw new UnsupportedFormatException(
            root.hasEntry("WordDocument")
                ? Message.of("cause.word")
                : Message.of("cause.old-office-other"));
      }
      String stream = HSSFWorkbook.getWorkbookDirEntryName(root);
      try (InputStream in = root.createDocumentInputStream(stream)) {
        return new XlsSpreadsheet(new XlsRecords().read(new RecordFactoryInputStream(in, true)));
      }
    } catch (OldExcelFormatException e) {
      throw new UnsupportedFormatException(Message.of("cause.excel95"), e);
    } catch (EncryptedDocumentException e) {
      throw new UnsupportedFormatException(Message.of("cause.password"), e);
    } catch (NotOLE2FileException e) {
      throw new UnsupportedFormatException(Message.of("cause.old-office-damaged"), e);
    } catch (UnsupportedFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnsupportedFormatException(Message.of("cause.workbook-broken", message(e)), e);
    }
  }

  private static POIFSFileSystem fileSystem(InputFile file) throws IOException {
    Optional<java.nio.file.Path> path = file.path();
    if (path.isPresent()) {
      return new POIFSFileSystem(path.get().toFile(), true);
    }
    try (InputStream in = file.open()) {
      return new POIFSFileSystem(in);
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    sheets.forEach(s -> names.add(s.name));
    return names;
  }

  /**
   * The rows of a sheet; a sheet whose records were damaged ends with an exception after the rows
   * read before the damage, as a damaged XLSX sheet does.
   *
   * @throws IOException when the workbook lists the sheet but holds none of its data
   */
  @Override
  public SheetRows rows(int sheet) throws IOException {
    XlsRecords.Sheet s = sheets.get(sheet);
    if (!s.found) {
      throw new InputException(Message.of("cause.sheet-no-data"));
    }
    Iterator<Map.Entry<Integer, List<String>>> rows = s.rows.entrySet().iterator();
    return new SheetRows() {
      private boolean ended;

      @Override
      public Row next() throws IOException {
        if (rows.hasNext()) {
          Map.Entry<Integer, List<String>> row = rows.next();
          return new Row(row.getKey() + 1, row.getValue());
        }
        if (!ended && s.damage != null) {
          ended = true;
          throw new InputException(s.damage);
        }
        return null;
      }

      @Override
      public List<Problem> notes(String file) {
        return s.notes.problems(file);
      }

      @Override
      public void close() {
        // the cells are in memory
      }
    };
  }

  @Override
  public List<CellRangeAddress> mergedRegions(int sheet) {
    return new ArrayList<>(sheets.get(sheet).merged);
  }

  @Override
  public void close() {
    // the file was closed when its records had been read
  }
}
