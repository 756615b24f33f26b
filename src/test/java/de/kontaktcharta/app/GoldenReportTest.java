package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.WorkbookText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report on {@code samples/}, in German and in English, compared sheet by sheet with the cell
 * texts in {@code src/test/resources/golden/<lang>/}. After a deliberate change to the report,
 * write the new expectations with {@code mvn test -Dtest=GoldenReportTest -Dgolden.update=true} and
 * review the difference before committing it.
 */
class GoldenReportTest {

  private static final Path SAMPLES = Path.of("samples");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void everySheetShowsTheExpectedText(String language) throws Exception {
    AnalyseSettings settings =
        new AnalyseSettings(
            List.of(SAMPLES), Map.of(), tmp, null, RUN_DATE, language, null, null, Set.of(), null);
    AnalyseResult result = new AnalyseJob().run(settings);
    WorkbookText report = WorkbookText.read(result.reports().get(OutputFormat.XLSX));
    Path expected = GOLDEN.resolve(language);
    List<String> sheets = report.sheetNames();
    if (Boolean.getBoolean("golden.update")) {
      write(expected, report);
    }
    assertEquals(
        Files.readString(expected.resolve("sheets.txt"), StandardCharsets.UTF_8),
        String.join("\n", sheets) + "\n",
        "sheet names and order");
    for (int i = 0; i < sheets.size(); i++) {
      String file = String.format("%02d.tsv", i + 1);
      assertEquals(
          Files.readString(expected.resolve(file), StandardCharsets.UTF_8),
          report.tsv(sheets.get(i)),
          language + " sheet '" + sheets.get(i) + "' (" + expected.resolve(file) + ")");
    }
  }

  private static void write(Path dir, WorkbookText report) throws IOException {
    Files.createDirectories(dir);
    List<String> sheets = report.sheetNames();
    Files.writeString(
        dir.resolve("sheets.txt"), String.join("\n", sheets) + "\n", StandardCharsets.UTF_8);
    for (int i = 0; i < sheets.size(); i++) {
      Files.writeString(
          dir.resolve(String.format("%02d.tsv", i + 1)),
          report.tsv(sheets.get(i)),
          StandardCharsets.UTF_8);
    }
  }
}
