package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.WorkbookText;
import de.kontaktcharta.testing.LibreOffice;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' report opened by LibreOffice as a user's spreadsheet program would: every sheet
 * converts, and every cell shows the same text LibreOffice and POI read. Skipped where LibreOffice
 * is not installed.
 */
class LibreOfficeReportTest {

  @TempDir Path tmp;

  @Test
  void everySheetOpensWithTheSameText() throws Exception {
    Assumptions.assumeTrue(LibreOffice.available(), "soffice is not installed");
    AnalyseSettings settings =
        new AnalyseSettings(
            List.of(Path.of("samples")),
            Map.of(),
            tmp.resolve("out"),
            null,
            LocalDate.of(2026, 11, 25),
            "de",
            null,
            null,
            Set.of(),
            null);
    Path report = new AnalyseJob().run(settings).reports().get(OutputFormat.XLSX);
    Path copy = Files.copy(report, tmp.resolve("r.xlsx"));
    List<Path> converted = LibreOffice.convertAllSheets(copy, tmp.resolve("lo"));
    WorkbookText poi = WorkbookText.read(report);
    assertEquals(poi.sheetNames().size(), converted.size(), converted.toString());
    for (String sheet : poi.sheetNames()) {
      List<List<String>> office = csv(tmp.resolve("lo").resolve("r-" + sheet + ".csv"));
      List<List<String>> expected = new ArrayList<>();
      for (List<String> row : poi.rows(sheet)) {
        expected.add(trimmed(row));
      }
      assertEquals(expected, office, "sheet " + sheet);
    }
  }

  private static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
        rows.add(trimmed(record.toList()));
      }
    }
    return rows;
  }

  /** LibreOffice writes every row as wide as the widest; trailing empty cells carry nothing. */
  private static List<String> trimmed(List<String> row) {
    int end = row.size();
    while (end > 0 && row.get(end - 1).isEmpty()) {
      end--;
    }
    return List.copyOf(row.subList(0, end));
  }
}
