package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 workbook (.xls). The format caps a sheet at 65,536 rows, so it is read whole
 * with POI's HSSF model; formula cells give their cached values.
 */
final class XlsSpreadsheet implements Spreadsheet {

  private final POIFSFileSystem fs;
  private final HSSFWorkbook workbook;
  private final SheetCells cells;

  private XlsSpreadsheet(POIFSFileSystem fs, HSSFWorkbook workbook) {
    this.fs = fs;
    this.workbook = workbook;
    this.cells = new SheetCells(workbook.getInternalWorkbook().isUsing1904DateWindowing());
  }

  static XlsSpreadsheet open(InputFile file) throws IOException {
    POIFSFileSystem fs = null;
    try {
      Optional<java.nio.file.Path> path = file.path();
      if (path.isPresent()) {
        fs = new POIFSFileSystem(path.get().toFile(), true);
      } else {
        try (InputStream in = file.open()) {
          fs = new POIFSFileSystem(in);
        }
      }
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
      return new XlsSpreadsheet(fs, new HSSFWorkbook(root, false));
    } catch (OldExcelFormatException e) {
      close(fs);
      throw new UnsupportedFormatException(Message.of("cause.excel95"), e);
    } catch (EncryptedDocumentException e) {
      close(fs);
      throw new UnsupportedFormatException(Message.of("cause.password"), e);
    } catch (NotOLE2FileException e) {
      close(fs);
      throw new UnsupportedFormatException(Message.of("cause.old-office-damaged"), e);
    } catch (IOException e) {
      close(fs);
      throw e instanceof UnsupportedFormatException
          ? e
          : new UnsupportedFormatException(Message.of("cause.workbook-broken", message(e)), e);
    } catch (RuntimeException e) {
      close(fs);
      throw new UnsupportedFormatException(Message.of("cause.workbook-broken", message(e)), e);
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void close(POIFSFileSystem fs) {
    if (fs != null) {
      try {
        fs.close();
      } catch (IOException e) {
        // read-only: nothing to lose
      }
    }
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  @Override
  public SheetRows rows(int sheet) {
    Iterator<org.apache.poi.ss.usermodel.Row> rows = workbook.getSheetAt(sheet).rowIterator();
    SheetNotes notes = new SheetNotes();
    return new SheetRows() {
      @Override
      public Row next() {
        if (!rows.hasNext()) {
          return null;
        }
        org.apache.poi.ss.usermodel.Row row = rows.next();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          values.add(notes.withoutControls(text(row.getCell(c), notes), row.getRowNum() + 1));
        }
        return new Row(row.getRowNum() + 1, values);
      }

      @Override
      public List<Problem> notes(String file) {
        return notes.problems(file);
      }

      @Override
      public void close() {
        // the workbook is in memory; it is closed with the spreadsheet
      }
    };
  }

  private String text(Cell cell, SheetNotes notes) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.ERROR) {
      // a formula's error value (#DIV/0!) is no name or date
      notes.add(SheetNotes.Kind.FORMULA_ERROR, cell.getRowIndex() + 1);
      return "";
    }
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cells.date(cell.getNumericCellValue());
    }
    return cells.formatter().formatCellValue(cell);
  }

  @Override
  public List<CellRangeAddress> mergedRegions(int sheet) {
    Sheet s = workbook.getSheetAt(sheet);
    return new ArrayList<>(s.getMergedRegions());
  }

  @Override
  public void close() throws IOException {
    workbook.close();
    fs.close();
  }
}
