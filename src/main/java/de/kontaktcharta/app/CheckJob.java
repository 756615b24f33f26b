package de.kontaktcharta.app;

import de.kontaktcharta.input.InputPlan;
import de.kontaktcharta.input.InputPlanner;
import de.kontaktcharta.input.InputReaders;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code charta check}: recognises every input and reads it through, as a run would, but keeps
 * nothing except the row counts and problems, and writes no report.
 */
public final class CheckJob {

  private final InputPlanner planner = new InputPlanner();
  private final InputReaders readers = new InputReaders();

  /**
   * Checks the inputs.
   *
   * @param inputs files, folders and archives
   * @param forced kinds given with {@code --as KIND=FILE}
   */
  public CheckResult run(List<Path> inputs, Map<Path, InputKind> forced) {
    List<InputCheck> checks = new ArrayList<>();
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    try (InputPlan plan = planner.plan(inputs, forced)) {
      for (Problem p : plan.problems()) {
        byFile.computeIfAbsent(p.source().file(), k -> new ArrayList<>()).add(p);
      }
      for (Detection d : plan.detections()) {
        List<Problem> problems = new ArrayList<>(byFile.getOrDefault(d.name(), List.of()));
        byFile.remove(d.name());
        if (d.kind() == null) {
          checks.add(
              new InputCheck(
                  d.name(), null, d.format(), List.of(), List.of(), null, problems, d.note()));
          continue;
        }
        ProblemsOnly sink = new ProblemsOnly();
        InputReaders.Inspection inspection = readers.inspect(d, sink);
        problems.addAll(sink.problems);
        checks.add(
            new InputCheck(
                d.name(),
                d.kind(),
                d.format(),
                inspection.columns().stream().map(ColumnUse::toString).toList(),
                inspection.unused(),
                inspection.summary(),
                problems,
                ""));
      }
    }
    List<Problem> rest = new ArrayList<>();
    byFile.values().forEach(rest::addAll);
    return new CheckResult(checks, rest);
  }

  /** Keeps the problems of a read and lets the rows go. */
  private static final class ProblemsOnly implements InputSink {
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void network(NetworkEntry entry) {
      // counted by the reader; a check keeps no contacts
    }

    @Override
    public void invitation(Invitation invitation) {
      // counted by the reader
    }

    @Override
    public void fact(Fact fact) {
      // counted by the reader
    }

    @Override
    public void owner(PersonRef owner, SourceRef source) {
      // only a run needs the owner
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }
  }
}
