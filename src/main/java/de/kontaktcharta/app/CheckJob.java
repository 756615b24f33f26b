package de.kontaktcharta.app;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.Detection;
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

  private final Inputs inputs = new Inputs();

  /**
   * Checks the inputs.
   *
   * @param paths files, folders and archives
   * @param forced kinds given with {@code --as KIND=FILE}
   * @param words the language the columns are described in
   */
  public CheckResult run(List<Path> paths, Map<Path, InputKind> forced, Wording words) {
    List<Problem> planProblems = new ArrayList<>();
    List<Inputs.Checked> checked = inputs.check(paths, forced, planProblems);
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    for (Problem p : planProblems) {
      byFile.computeIfAbsent(p.source().file(), k -> new ArrayList<>()).add(p);
    }
    List<InputCheck> checks = new ArrayList<>();
    for (Inputs.Checked c : checked) {
      Detection d = c.detection();
      List<Problem> problems = new ArrayList<>(byFile.getOrDefault(d.name(), List.of()));
      byFile.remove(d.name());
      if (c.summary().isEmpty()) {
        checks.add(
            new InputCheck(
                d.name(), null, d.format(), List.of(), List.of(), null, problems, d.note()));
        continue;
      }
      problems.addAll(c.problems());
      checks.add(
          new InputCheck(
              d.name(),
              d.kind(),
              d.format(),
              c.columns().stream().map(u -> column(u, words)).toList(),
              c.unused(),
              c.summary().get(),
              problems,
              Message.NONE));
    }
    List<Problem> rest = new ArrayList<>();
    byFile.values().forEach(rest::addAll);
    return new CheckResult(checks, rest);
  }

  /** {@code first name <- column 1 "Vorname"}, in the user's language. */
  static String column(ColumnUse use, Wording words) {
    String field = words.field(use.field());
    String column = words.columnSource(use.column());
    return use.index() < 0
        ? words.format("check.property", field, column)
        : words.format("check.column", field, String.valueOf(use.index() + 1), use.column());
  }
}
