package de.kontaktcharta.app;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.util.List;

/**
 * What {@code charta check} found.
 *
 * @param inputs every file and sheet, recognised ones first
 * @param problems problems that belong to no single file (a missing input, an unreadable folder)
 */
public record CheckResult(List<InputCheck> inputs, List<Problem> problems) {

  public CheckResult {
    inputs = List.copyOf(inputs);
    problems = List.copyOf(problems);
  }

  /** True when an input is missing, unreadable, or named but not recognised. */
  public boolean inputErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)
        || inputs.stream()
            .flatMap(i -> i.problems().stream())
            .anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
