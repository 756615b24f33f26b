package de.kontaktcharta.report;

import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows.
 *
 * @param runDate the day the report was made
 * @param charterName the charter file's name, or the embedded default's
 * @param charter the charter applied
 * @param inputs what was read from each input
 * @param assessment the charter's verdicts
 * @param problems every problem, from reading and from attribution
 * @param changes the differences to the previous report (empty on a first run)
 * @param language {@code de} or {@code en}
 * @param kinds the input kinds in their order, the order in which a contact's sources and the
 *     Summary's counts by source are shown
 */
public record ReportInput(
    LocalDate runDate,
    String charterName,
    Charter charter,
    List<InputSummary> inputs,
    Assessment assessment,
    List<Problem> problems,
    List<Change> changes,
    String language,
    List<InputKind> kinds) {

  public ReportInput {
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(charter, "charter");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(assessment, "assessment");
    problems = List.copyOf(problems);
    changes = List.copyOf(changes);
    Objects.requireNonNull(language, "language");
    kinds = List.copyOf(kinds);
  }
}
