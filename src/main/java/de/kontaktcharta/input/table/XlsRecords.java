package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFDataFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One pass over the records of an Excel 97–2003 workbook stream, collecting each sheet's cells as
 * text. Every reference a record makes (to a text of the shared string table, to a cell format) is
 * checked before it is followed, so that a damaged reference costs its cell, not the workbook; a
 * record that cannot be parsed ends the pass, and the sheet it was in says so after its rows.
 */
final class XlsRecords {

  /** The last column of a BIFF8 sheet is IV. */
  static final int MAX_COLUMNS = 256;

  /** What one sheet held. */
  static final class Sheet {
    final String name;
    final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    final List<CellRangeAddress> merged = new ArrayList<>();
    final SheetNotes notes = new SheetNotes();
    boolean found;
    Message damage;

    Sheet(String name) {
      this.name = name;
    }
  }

  private final List<BoundSheetRecord> bound = new ArrayList<>();
  private final Map<Integer, String> customFormats = new HashMap<>();
  private final List<Integer> cellFormats = new ArrayList<>();
  private List<Sheet> sheets;
  private List<Sheet> byPosition;
  private SSTRecord strings;
  private boolean date1904;
  private SheetCells cells;
  private int depth;
  private int substreams;
  private Sheet current;
  private FormulaRecord pendingString;

  /** Reads every record; a workbook that fails before any sheet is known fails as a whole. */
  List<Sheet> read(RecordFactoryInputStream records) {
    while (true) {
      Record record;
      try {
        record = records.nextRecord();
      } catch (EncryptedDocumentException e) {
        throw e;
      } catch (RuntimeException e) {
        damaged(e);
        break;
      }
      if (record == null) {
        break;
      }
      take(record);
    }
    return sheets();
  }

  /** The damage that ended the pass goes to the sheet it was in, and to the sheets not reached. */
  private void damaged(RuntimeException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    List<Sheet> all = sheets();
    if (all.isEmpty()) {
      throw e;
    }
    for (Sheet sheet : all) {
      if (sheet == current) {
        sheet.damage = Message.of("cause.xls-damaged", String.valueOf(lastRow(sheet)), why);
      } else if (!sheet.found) {
        sheet.damage = Message.of("cause.xls-not-reached", why);
      }
    }
  }

  private static int lastRow(Sheet sheet) {
    return sheet.rows.isEmpty() ? 0 : sheet.rows.lastKey() + 1;
  }

  private List<Sheet> sheets() {
    if (sheets == null) {
      sheets = new ArrayList<>();
      for (BoundSheetRecord b : bound) {
        sheets.add(new Sheet(b.getSheetname()));
      }
      // substreams follow each other in the order of their positions in the file
      List<BoundSheetRecord> ordered = List.of(BoundSheetRecord.orderByBofPosition(bound));
      byPosition = new ArrayList<>();
      for (BoundSheetRecord b : ordered) {
        byPosition.add(sheets.get(bound.indexOf(b)));
      }
      cells = new SheetCells(date1904);
    }
    return sheets;
  }

  /**
   * Sorts a record into the workbook's globals or the current sheet. Substreams begin with a BOF
   * and end with an EOF record; charts inside a sheet are substreams within it and are skipped.
   */
  private void take(Record record) {
    if (record instanceof BOFRecord bof) {
      depth++;
      if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
        startSheet();
      }
      return;
    }
    if (record instanceof EOFRecord) {
      depth = Math.max(0, depth - 1);
      if (depth == 0) {
        current = null;
      }
      return;
    }
    if (depth == 1 && current == null) {
      global(record);
    } else if (depth == 1) {
      cell(record);
    }
  }

  private void global(Record record) {
    if (record instanceof BoundSheetRecord b) {
      bound.add(b);
    } else if (record instanceof SSTRecord sst) {
      strings = sst;
    } else if (record instanceof FormatRecord f) {
      customFormats.put(f.getIndexCode(), f.getFormatString());
    } else if (record instanceof ExtendedFormatRecord xf) {
      cellFormats.add((int) xf.getFormatIndex());
    } else if (record instanceof DateWindow1904Record w) {
      date1904 = w.getWindowing() == 1;
    }
  }

  private void startSheet() {
    List<Sheet> all = sheets();
    int index = substreams++;
    // a sheet the workbook does not list is read into a sheet nothing refers to
    current = index < byPosition.size() ? byPosition.get(index) : new Sheet("");
    current.found = true;
    pendingString = null;
    if (all.isEmpty()) {
      current = new Sheet("");
    }
  }

  private void cell(Record record) {
    if (record instanceof MergeCellsRecord m) {
      for (int i = 0; i < m.getNumAreas(); i++) {
        current.merged.add(m.getAreaAt(i));
      }
      return;
    }
    if (record instanceof StringRecord s) {
      if (pendingString != null) {
        put(pendingString, s.getString());
        pendingString = null;
      }
      return;
    }
    if (record instanceof CellValueRecordInterface cell) {
      pendingString = null;
      String text = text(cell);
      if (text != null) {
        put(cell, text);
      }
    }
  }

  /** The cell's text, or null when it comes with a later record or holds nothing. */
  private String text(CellValueRecordInterface cell) {
    int row = cell.getRow() + 1;
    if (cell instanceof LabelSSTRecord label) {
      int index = label.getSSTIndex();
      if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
        current.notes.add(SheetNotes.Kind.DAMAGED_CELL, row);
        return "";
      }
      return strings.getString(index).getString();
    }
    if (cell instanceof LabelRecord label) {
      return label.getValue();
    }
    if (cell instanceof NumberRecord number) {
      return number(number.getValue(), cell);
    }
    if (cell instanceof FormulaRecord formula) {
      return formula(formula, cell, row);
    }
    if (cell instanceof BoolErrRecord b) {
      if (b.isBoolean()) {
        return b.getBooleanValue() ? "TRUE" : "FALSE";
      }
      current.notes.add(SheetNotes.Kind.FORMULA_ERROR, row);
      return "";
    }
    return null;
  }

  private String formula(FormulaRecord formula, CellValueRecordInterface cell, int row) {
    CellType type = formula.getCachedResultTypeEnum();
    if (type == CellType.STRING) {
      // the text follows in a string record of its own
      pendingString = formula;
      return formula.hasCachedResultString() ? null : "";
    }
    if (type == CellType.BOOLEAN) {
      return formula.getCachedBooleanValue() ? "TRUE" : "FALSE";
    }
    if (type == CellType.ERROR) {
      current.notes.add(SheetNotes.Kind.FORMULA_ERROR, row);
      return "";
    }
    return number(formula.getValue(), cell);
  }

  /** A number with its cell's format; a format that cannot be found leaves it General. */
  private String number(double value, CellValueRecordInterface cell) {
    int xf = cell.getXFIndex() & 0xffff;
    int formatIndex = xf < cellFormats.size() ? cellFormats.get(xf) : 0;
    String format =
        formatIndex < HSSFDataFormat.getNumberOfBuiltinBuiltinFormats()
            ? HSSFDataFormat.getBuiltinFormat((short) formatIndex)
            : customFormats.get(formatIndex);
    return cells.number(value, formatIndex, format == null ? "General" : format);
  }

  private void put(CellValueRecordInterface cell, String text) {
    int row = cell.getRow() + 1;
    int column = cell.getColumn() & 0xffff;
    if (column >= MAX_COLUMNS) {
      current.notes.add(SheetNotes.Kind.BEYOND_LAST_COLUMN, row);
      return;
    }
    List<String> values = current.rows.computeIfAbsent(cell.getRow(), r -> new ArrayList<>());
    while (values.size() <= column) {
      values.add("");
    }
    values.set(column, current.notes.withoutControls(text, row));
  }
}
