package de.kontaktcharta.report.csv;

import de.kontaktcharta.model.FormulaText;
import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Column;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report for scripts as one ZIP of CSV files, one per sheet ({@code contacts.csv}, {@code
 * no_reason.csv}, …), with language-independent column keys as headers, ISO dates, and formula-like
 * text neutralised so that opening a file in a spreadsheet runs nothing.
 */
public final class CsvReportWriter {

  public void write(Report report, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    for (Sheet sheet : report.sheets()) {
      zip.putNextEntry(new ZipEntry(sheet.kind().name().toLowerCase(Locale.ROOT) + ".csv"));
      Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(writer, format);
      if (sheet.table()) {
        List<String> header = new ArrayList<>();
        for (Column c : sheet.columns()) {
          header.add(c.key());
        }
        csv.printRecord(header);
      }
      for (List<Cell> row : sheet.rows()) {
        List<String> values = new ArrayList<>(row.size());
        for (Cell cell : row) {
          values.add(FormulaText.neutralise(cell.plain()));
        }
        csv.printRecord(values);
      }
      csv.flush();
      zip.closeEntry();
    }
    zip.finish();
  }
}
