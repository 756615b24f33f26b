package de.kontaktcharta.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The {@code --format csv} report (a ZIP of one CSV per sheet) read back cell by cell. */
final class CsvReport {

  private CsvReport() {}

  /** The report's path as the run printed it. */
  static Path file(Outcome o) {
    return o.reports().stream()
        .filter(p -> p.toString().endsWith(".csv.zip"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CSV report: " + o.stdout()));
  }

  /** Every cell of one sheet's CSV, row by row. */
  static List<String> cells(Outcome o, String entry) throws IOException {
    List<String> cells = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file(o).toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        throw new AssertionError("no " + entry + " in the CSV report");
      }
      try (Reader reader = new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8);
          CSVParser csv =
              CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
        for (CSVRecord record : csv) {
          cells.addAll(record.toList());
        }
      }
    }
    return cells;
  }
}
