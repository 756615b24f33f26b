package de.kontaktcharta.app;

import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.report.Change;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run produced.
 *
 * @param reports the files written, per format
 * @param assessment the charter's verdicts
 * @param inputs what was read from each input
 * @param changes the differences to the previous report
 * @param problems every problem (the report lists them all)
 * @param ledgerFailure why the reasons ledger could not be replaced after the reports were written,
 *     or {@link Message#NONE}
 */
public record AnalyseResult(
    Map<OutputFormat, Path> reports,
    Assessment assessment,
    List<InputSummary> inputs,
    List<Change> changes,
    List<Problem> problems,
    Message ledgerFailure) {

  public AnalyseResult {
    reports = Map.copyOf(reports);
    inputs = List.copyOf(inputs);
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
    Objects.requireNonNull(ledgerFailure, "ledgerFailure");
  }

  /** True when the reports were written but the reasons ledger was not. */
  public boolean ledgerFailed() {
    return !ledgerFailure.isEmpty();
  }

  /** True when some input could not be read, or not to its end. */
  public boolean inputErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public int contacts() {
    return assessment.contacts().size();
  }

  public long count(Status status) {
    return assessment.contacts().stream().filter(a -> a.status() == status).count();
  }

  public long count(Recommendation recommendation) {
    return assessment.invitations().stream()
        .filter(a -> a.recommendation() == recommendation)
        .count();
  }
}
