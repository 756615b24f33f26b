package de.kontaktcharta.testing;

import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report edited and saved as a user would: review cells filled in by Contact ID, then saved as
 * .xlsx, as .ods or one sheet as CSV. The edits are {decision, reason, note}; null leaves a cell as
 * it is.
 */
public final class SavedCopy {

  private SavedCopy() {}

  /** The sheets' cell texts, as the report shows them. */
  public static Map<String, List<List<String>>> read(Path xlsx) throws IOException {
    Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
    DataFormatter text = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text.formatCellValue(cell));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getSheetName(), rows);
      }
    }
    return sheets;
  }

  /** Writes the edits into the report's sheet and saves the workbook as {@code target}. */
  public static void xlsx(Path report, String sheet, Map<String, String[]> byId, Path target)
      throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(report)) {
      book = new XSSFWorkbook(in);
    }
    try (book) {
      Sheet s = book.getSheet(sheet);
      DataFormatter text = new DataFormatter();
      Row header = headerRow(s, text);
      List<String> names = new ArrayList<>();
      for (int c = 0; c < header.getLastCellNum(); c++) {
        names.add(text.formatCellValue(header.getCell(c)));
      }
      for (Row row : s) {
        String[] edit =
            row.getRowNum() <= header.getRowNum()
                ? null
                : byId.get(text.formatCellValue(row.getCell(0)));
        if (edit == null) {
          continue;
        }
        String[] columns = {"Entscheidung", "Grund", "Notiz"};
        for (int i = 0; i < 3; i++) {
          if (edit[i] != null) {
            int c = names.indexOf(columns[i]);
            if (row.getCell(c) != null) {
              // a new cell: POI keeps the old text of an inline-string cell beside a new value
              row.removeCell(row.getCell(c));
            }
            row.createCell(c).setCellValue(edit[i]);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        book.write(out);
      }
    }
  }

  /** The header row: the first with a "Name" column (a row of group headings may come before). */
  static Row headerRow(Sheet sheet, DataFormatter text) {
    for (Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        if (text.formatCellValue(cell).equals("Name")) {
          return row;
        }
      }
    }
    throw new IllegalArgumentException("no header row in " + sheet.getSheetName());
  }

  /** Saves one sheet of a workbook as CSV, as a spreadsheet program's "save as CSV" does. */
  public static void csv(Path xlsx, String sheet, Path target, char delimiter, Charset charset)
      throws IOException {
    List<List<String>> rows = read(xlsx).get(sheet);
    try (Writer out = Files.newBufferedWriter(target, charset)) {
      if (charset.equals(StandardCharsets.UTF_8)) {
        out.write('\ufeff');
      }
      CSVPrinter csv =
          new CSVPrinter(
              out,
              CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
      for (List<String> row : rows) {
        csv.printRecord(row);
      }
      csv.flush();
    }
  }

  /** Saves every sheet of a workbook as an OpenDocument spreadsheet. */
  public static void ods(Path xlsx, Path target) throws IOException {
    SpreadSheet book = new SpreadSheet();
    for (Map.Entry<String, List<List<String>>> e : read(xlsx).entrySet()) {
      List<List<String>> rows = e.getValue();
      int width = rows.stream().mapToInt(List::size).max().orElse(1);
      com.github.miachm.sods.Sheet sheet =
          new com.github.miachm.sods.Sheet(e.getKey(), Math.max(1, rows.size()), width);
      Object[][] values = new Object[Math.max(1, rows.size())][width];
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          values[r][c] = v.isEmpty() ? null : v;
        }
      }
      sheet.getDataRange().setValues(values);
      book.appendSheet(sheet);
    }
    book.save(target.toFile());
  }
}
