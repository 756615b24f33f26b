package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.source.reasons.ReasonsKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that holds the exports and the reports: the reports are no CRM or invitation lists. */
class EarlierReportAsInputTest {

  @TempDir Path tmp;

  @Test
  void anEarlierReportAmongTheInputsChangesNoVerdict() throws Exception {
    LocalDate day = LocalDate.of(2026, 11, 25);
    AnalyseResult first =
        new AnalyseJob()
            .run(AnalyseSettings.of(List.of(Path.of("samples")), tmp.resolve("r1"), null, day));
    Path report = first.reports().get(OutputFormat.XLSX);
    AnalyseResult second =
        new AnalyseJob()
            .run(
                AnalyseSettings.of(
                    List.of(Path.of("samples"), report), tmp.resolve("r2"), null, day));
    assertEquals(first.contacts(), second.contacts());
    assertEquals(first.assessment().invitations().size(), second.assessment().invitations().size());
    for (Status s : Status.values()) {
      assertEquals(first.count(s), second.count(s), s.name());
    }
    List<InputKind> kinds =
        second.inputs().stream()
            .filter(i -> i.file().startsWith(report.toString()))
            .map(i -> i.kind())
            .distinct()
            .toList();
    assertEquals(List.of(ReasonsKind.KIND), kinds, second.inputs().toString());
    assertTrue(second.inputs().stream().allMatch(i -> i.balanced()));
  }
}
