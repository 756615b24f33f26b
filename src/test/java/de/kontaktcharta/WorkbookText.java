package de.kontaktcharta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A written workbook read back as the text a user sees in each cell (never its bytes). */
public final class WorkbookText {

  private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

  private WorkbookText() {}

  public static WorkbookText read(Path file) throws IOException {
    WorkbookText text = new WorkbookText();
    DataFormatter formatter = new DataFormatter(java.util.Locale.GERMANY);
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Sheet sheet : wb) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
          while (rows.size() < row.getRowNum()) {
            rows.add(List.of());
          }
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
          rows.add(cells);
        }
        text.sheets.put(sheet.getSheetName(), rows);
      }
    }
    return text;
  }

  public List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  public List<List<String>> rows(String sheet) {
    List<List<String>> rows = sheets.get(sheet);
    if (rows == null) {
      throw new AssertionError("no sheet '" + sheet + "' in " + sheets.keySet());
    }
    return rows;
  }

  /** The data rows of a table sheet as maps from header text to cell text. */
  public List<Map<String, String>> table(String sheet) {
    List<List<String>> rows = rows(sheet);
    // a row of group headings ("Ihre Entscheidung") may stand above the header: it has gaps
    int h = rows.size() > 1 && rows.get(0).contains("") ? 1 : 0;
    List<String> header = rows.get(h);
    List<Map<String, String>> table = new ArrayList<>();
    for (List<String> row : rows.subList(h + 1, rows.size())) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        map.put(header.get(c), c < row.size() ? row.get(c) : "");
      }
      table.add(map);
    }
    return table;
  }

  /** The row of a table sheet whose column has the value. */
  public Map<String, String> row(String sheet, String column, String value) {
    return table(sheet).stream()
        .filter(r -> value.equals(r.get(column)))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row with " + column + "=" + value + " in " + sheet));
  }

  /** Every cell of a sheet as tab-separated lines, for golden comparisons. */
  public String tsv(String sheet) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows(sheet)) {
      out.append(String.join("\t", row)).append('\n');
    }
    return out.toString();
  }
}
