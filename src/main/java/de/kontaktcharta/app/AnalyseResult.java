package de.kontaktcharta.app;

import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a run produced, for the command line's summary.
 *
 * @param report the report written
 * @param today the reference date used
 * @param contacts the number of contacts
 * @param byStatus contacts per status
 * @param byRecommendation open invitations per recommendation
 * @param inputs what was read from each input
 * @param problems every problem (the report lists them all)
 */
public record AnalyseResult(
    Path report,
    LocalDate today,
    int contacts,
    Map<Status, Long> byStatus,
    Map<Recommendation, Long> byRecommendation,
    List<InputSummary> inputs,
    List<Problem> problems) {

  public AnalyseResult {
    byStatus = Map.copyOf(byStatus);
    byRecommendation = Map.copyOf(byRecommendation);
    inputs = List.copyOf(inputs);
    problems = List.copyOf(problems);
  }

  /** True when some input could not be read, or not to its end. */
  public boolean inputErrors() {
    return problems.stream().anyMatch(p -> p.severity() == de.kontaktcharta.model.Severity.ERROR);
  }

  public long count(Status status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public long count(Recommendation recommendation) {
    return byRecommendation.getOrDefault(recommendation, 0L);
  }
}
