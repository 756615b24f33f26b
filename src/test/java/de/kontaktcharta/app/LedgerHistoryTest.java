package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.SavedCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a reason was recorded is never lost: entries of the samples' reasons list recorded on
 * 2026-05-04 keep that day in the ledger, and a later change keeps the day, sets the day changed
 * and is kept in the history.
 */
class LedgerHistoryTest {

  @TempDir Path tmp;

  @Test
  void entriesTakenFromAReasonsListKeepTheirDayAndChangesAreKept() throws Exception {
    Path out = tmp.resolve("reports");
    LocalDate day1 = LocalDate.of(2026, 11, 25);
    LocalDate day2 = LocalDate.of(2026, 11, 26);
    LocalDate day3 = LocalDate.of(2026, 11, 27);
    run(out, day1);
    Path report2 = run(out, day2).reports().get(OutputFormat.XLSX);

    CSVRecord tobias = entry(out, "Tobias Schulz");
    assertEquals("MET", tobias.get("Reason"));
    assertEquals("KEEP", tobias.get("Decision"));
    assertEquals("2026-05-04", tobias.get("Recorded"), "the day the reasons list recorded it");
    assertEquals("", tobias.get("Changed"));
    assertEquals("2026-05-04", entry(out, "Aylin Demir").get("Recorded"));

    String id = tobias.get("Contact ID");
    SavedCopy.xlsx(
        report2,
        "Kontakte",
        Map.of(id, new String[] {"entfernen", null, null}),
        out.resolve("k.xlsx"));
    run(out, day3);

    tobias = entry(out, "Tobias Schulz");
    assertEquals("REMOVE", tobias.get("Decision"));
    assertEquals("2026-05-04", tobias.get("Recorded"), "never rewritten");
    assertEquals(day3.toString(), tobias.get("Changed"));
    List<String> history = new ArrayList<>();
    for (CSVRecord r : SavedReviewsTest.csv(out.resolve("reasons-history.csv"))) {
      if (r.get("Name").equals("Tobias Schulz")) {
        history.add(
            r.get("Changed")
                + " "
                + r.get("Field")
                + " "
                + r.get("Before")
                + " → "
                + r.get("After"));
      }
    }
    assertTrue(history.contains(day3 + " Decision KEEP → REMOVE"), history.toString());
    assertEquals(history.get(history.size() - 1), day3 + " Decision KEEP → REMOVE");
    assertTrue(Files.exists(out.resolve("reasons.csv.bak")), "the previous ledger is kept");
  }

  private static AnalyseResult run(Path out, LocalDate day) throws Exception {
    return new AnalyseJob().run(AnalyseSettings.of(List.of(Path.of("samples")), out, day, day));
  }

  private static CSVRecord entry(Path out, String name) throws Exception {
    return SavedReviewsTest.csv(out.resolve("reasons.csv")).stream()
        .filter(r -> r.get("Name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in the ledger"));
  }
}
