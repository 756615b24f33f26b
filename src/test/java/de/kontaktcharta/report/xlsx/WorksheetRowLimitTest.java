package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.WorkbookText;
import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import de.kontaktcharta.report.SheetKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table longer than a worksheet (a file with more than a million problem rows) still gives a
 * report: the sheet ends with a row that says how many rows it leaves out. With real sizes this
 * takes a million rows; a writer for ten-row worksheets shows the same.
 */
class WorksheetRowLimitTest {

  @TempDir Path tmp;

  private List<List<String>> write(int rows, int maxRows) throws IOException {
    List<List<Cell>> cells = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      cells.add(List.of(Cell.text("file.csv:" + i), Cell.text("malformed row")));
    }
    Sheet problems =
        new Sheet(
            SheetKind.PROBLEMS,
            "Problems",
            List.of(Column.of("source", "Source", 20), Column.of("message", "Detail", 40)),
            cells,
            true,
            null);
    Report report =
        new Report("en", "yyyy-mm-dd", "[truncated, {0} characters]", List.of(problems));
    Path file = tmp.resolve("r" + rows + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      new XlsxReportWriter(maxRows).write(report, out);
    }
    return WorkbookText.read(file).rows("Problems");
  }

  @Test
  void aTableLongerThanTheSheetEndsWithTheNumberLeftOut() throws IOException {
    List<List<String>> rows = write(20, 10);
    assertEquals(10, rows.size(), "header, eight rows, the note");
    assertEquals("file.csv:8", rows.get(8).get(0));
    assertEquals(
        "… 12 more rows are not shown (a worksheet ends at row 1,048,576); --format csv lists them"
            + " all",
        rows.get(9).get(0));
  }

  @Test
  void aTableThatFillsTheSheetExactlyIsWhole() throws IOException {
    List<List<String>> rows = write(9, 10);
    assertEquals(10, rows.size());
    assertEquals("file.csv:9", rows.get(9).get(0));
  }
}
