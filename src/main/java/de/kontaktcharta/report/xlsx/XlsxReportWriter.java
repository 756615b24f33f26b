package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an .xlsx workbook with POI's streaming writer: only a window of rows is in
 * memory, styles are made once per workbook. Sheets without a table layout (the Summary with its
 * chart) are built in full before streaming starts, as POI requires for charts.
 *
 * <p>This class and the package around it are the report-writing seam of the tool's concurrency:
 * the table sheets are written two at a time ({@link #SHEET_WRITERS}), each fed by its rows made
 * ahead on a thread of their own ({@code RowsAhead}), and compressed side by side ({@code
 * ReportWorkbook}); the threads share only what no longer changes (styles, the workbook's
 * structure) and the map of the links' checked addresses, which is a concurrent one; each writer
 * has its own rows.
 */
public final class XlsxReportWriter {

  /** Rows kept in memory per sheet while streaming. */
  static final int WINDOW = 100;

  /** Table sheets streamed at the same time. */
  static final int SHEET_WRITERS = 2;

  private final int maxRows;

  public XlsxReportWriter() {
    this(SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** A writer for worksheets of the given number of rows, so tests need not fill a million. */
  XlsxReportWriter(int maxRows) {
    this.maxRows = maxRows;
  }

  /**
   * Starts {@link #warmUp} on a thread of its own and returns: loading and initialising POI and its
   * XML schema classes takes ~0.7 s, which would otherwise open the report writing, while merging
   * and assessing leave the second core idle. The thread shares nothing with the run.
   */
  public static void warmUpAside() {
    Thread warmUp = new Thread(XlsxReportWriter::warmUp, "charta-warm-up");
    warmUp.setDaemon(true);
    // Whatever stops the warm-up (a heap too small, say) meets the report's own write again,
    // which reports it in one line; the JVM's default would print a stack trace on stderr.
    warmUp.setUncaughtExceptionHandler((thread, failure) -> {});
    warmUp.start();
  }

  /**
   * Loads and initialises the classes a workbook needs (POI, its XML schema types, the chart parts)
   * by making a small workbook with a chart and discarding it. Meant for a spare thread while the
   * analysis runs; it changes nothing and leaves no file behind (no streamed sheet, so no temporary
   * file, even when the run ends first), and a failure here is left for the real write to meet.
   */
  public static void warmUp() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("warm-up");
      sheet.createRow(0).createCell(0).setCellValue("warm-up");
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, 1, 0, 0));
      SummaryChart.add(sheet, new Sheet.Chart("warm-up", 0, 0, 0, 0), 1, List.of(Cell.Tone.GOOD));
      new Styles(workbook, "dd.mm.yyyy", false);
      WorkbookTheme.install(workbook);
      // the first streamed sheet measures the default font's width, which loads and initialises
      // AWT's font classes (0.15-0.5 s); done here, the main thread finds them ready
      SheetUtil.getDefaultCharWidthAsFloat(workbook);
      workbook.write(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // nothing to do: the report's own write will meet and report the same problem
    }
  }

  /** Writes the workbook to the stream. */
  public void write(Report report, OutputStream out) throws IOException {
    XSSFWorkbook base = new XSSFWorkbook();
    WorkbookTheme.install(base);
    for (Sheet sheet : report.sheets()) {
      if (!sheet.table()) {
        base.createSheet(sheet.name());
      }
    }
    ReportWorkbook workbook = new ReportWorkbook(base, WINDOW);
    try {
      Styles styles = new Styles(workbook, report.datePattern(), base.isDate1904());
      CellWriter writer = new CellWriter(styles, new Links(workbook), report.truncationNote());
      List<TableSheet> tables = new ArrayList<>();
      for (Sheet sheet : report.sheets()) {
        if (sheet.table()) {
          TableSheet table = new TableSheet(workbook.createSheet(sheet.name()), sheet);
          table.header(styles);
          tables.add(table);
        }
      }
      rows(
          tables,
          writer,
          report,
          () -> {
            for (Sheet sheet : report.sheets()) {
              if (!sheet.table()) {
                FreeSheet.write(base.getSheet(sheet.name()), sheet, writer);
              }
            }
          });
      for (TableSheet table : tables) {
        table.finish(lastRow(table));
      }
      // Keep the sheets in report order: free-layout sheets were created first.
      for (int i = 0; i < report.sheets().size(); i++) {
        workbook.setSheetOrder(report.sheets().get(i).name(), i);
      }
      for (Sheet sheet : report.sheets()) {
        if (!sheet.table()) {
          PageLayout.apply(
              base.getSheet(sheet.name()), 0, 0, sheet.rows().size(), report.pageNote());
        }
      }
      for (TableSheet table : tables) {
        table.print(lastRow(table), report.pageNote());
      }
      workbook.setActiveSheet(0);
      workbook.write(out);
    } finally {
      // close() also removes the temporary files of the streamed sheets
      workbook.close();
    }
  }

  /** The last row of a table sheet, the note on rows cut off included. */
  private int lastRow(TableSheet table) {
    return Math.min(table.firstDataRow() - 1 + table.sheet().rows().size(), maxRows - 1);
  }

  /**
   * Streams the data rows of the table sheets, two sheets at a time, the largest first. Each sheet
   * has its own writer and temporary file in POI's streaming workbook, and a row touches nothing
   * else that is not read-only by now (styles, the date system, its own list of links; the checked
   * addresses are a concurrent map), so the sheets come out as if written one after the other;
   * everything that changes the workbook's shared XML (filters, validations, sheet order) stays on
   * this thread, in report order. Meanwhile this thread does {@code meanwhile}: the free-layout
   * sheets, which live in the workbook's XML and which no sheet writer touches.
   */
  private void rows(List<TableSheet> tables, CellWriter writer, Report report, Runnable meanwhile)
      throws IOException {
    List<TableSheet> largestFirst = new ArrayList<>(tables);
    largestFirst.sort(Comparator.comparingLong(TableSheet::cells).reversed());
    ExecutorService writers =
        Executors.newFixedThreadPool(
            SHEET_WRITERS,
            task -> {
              Thread t = new Thread(task, "charta-sheet-writer");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> written = new ArrayList<>();
      for (TableSheet table : largestFirst) {
        written.add(writers.submit(() -> rows(table, writer, report)));
      }
      meanwhile.run();
      for (Future<?> sheet : written) {
        sheet.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the sheets", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException(e.getCause());
    } finally {
      writers.shutdownNow();
    }
  }

  private void rows(TableSheet table, CellWriter writer, Report report) {
    CellWriter.Look[] looks = table.looks();
    int r = table.firstDataRow();
    int left = table.sheet().rows().size();
    try (RowsAhead rows = RowsAhead.of(table.sheet().rows(), table.sheet().name())) {
      while (rows.hasNext()) {
        if (r == maxRows - 1 && left > 1) {
          // past a worksheet's last row POI throws and no report at all would be written
          String note = report.rowsCutNote().replace("{0}", String.format("%,d", left));
          writer.write(table.target().createRow(r).createCell(0), Cell.text(note), false);
          break;
        }
        List<Cell> cells = rows.next();
        left--;
        Row row = table.target().createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          writer.write(
              row.createCell(c), cells.get(c), c < looks.length ? looks[c] : CellWriter.Look.PLAIN);
        }
        float height = table.height(cells, looks);
        if (height > 0) {
          row.setHeightInPoints(height);
        }
      }
    }
  }
}
