package de.kontaktcharta.cli;

import de.kontaktcharta.app.CheckJob;
import de.kontaktcharta.app.CheckResult;
import de.kontaktcharta.app.InputCheck;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code charta check}: what would be read from each input, without writing a report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Shows what would be read from each input, without writing a report. Prints per file (and per workbook sheet) the kind, encoding, delimiter, header row, which column feeds which value, the row counts and the problems found. Exit code 0, or 3 when an input cannot be read or a named file is not recognised.")
final class CheckCommand implements Callable<Integer> {

  /** Problems printed per file; the rest are counted. */
  static final int MAX_PROBLEMS = 10;

  /** Unused columns named per file; Google's 90-column exports would drown the rest. */
  static final int MAX_UNUSED = 12;

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws UsageError {
    CheckResult result = new CheckJob().run(input.existingInputs(), input.forcedKinds());
    PrintWriter out = spec.commandLine().getOut();
    int recognised = 0;
    for (InputCheck input : result.inputs()) {
      if (input.kind() != null) {
        recognised++;
        printRecognised(out, input);
      } else {
        out.println(TerminalText.line(input.name() + ": not recognised: " + input.note()));
        printProblems(out, input.problems().stream().filter(p -> !isUnknownNote(p)).toList());
      }
    }
    printProblems(out, result.problems());
    out.printf(
        "%d inputs: %d recognised, %d not recognised%n",
        result.inputs().size(), recognised, result.inputs().size() - recognised);
    out.flush();
    return result.inputErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private void printRecognised(PrintWriter out, InputCheck input) {
    out.println(TerminalText.line(input.name() + ": " + input.kind().code()));
    out.println(
        TerminalText.line("  format: " + (input.format().isEmpty() ? "-" : input.format())));
    if (!input.columns().isEmpty()) {
      out.println("  columns:");
      input.columns().forEach(c -> out.println(TerminalText.line("    " + c)));
    }
    if (!input.unused().isEmpty()) {
      List<String> named =
          input.unused().stream().limit(MAX_UNUSED).map(c -> "\"" + c + "\"").toList();
      int more = input.unused().size() - named.size();
      out.println(
          TerminalText.line(
              "  not used: "
                  + String.join(", ", named)
                  + (more > 0 ? " and " + more + " more" : "")));
    }
    input
        .rows()
        .ifPresent(
            (InputSummary s) ->
                out.printf(
                    "  rows: %d read, %d used, %d skipped%n",
                    s.rowsRead(), s.rowsUsed(), s.rowsSkipped()));
    printProblems(out, input.problems());
  }

  private void printProblems(PrintWriter out, List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    int shown = input.verbose ? sorted.size() : Math.min(MAX_PROBLEMS, sorted.size());
    for (int i = 0; i < shown; i++) {
      out.println(TerminalText.line("  " + sorted.get(i)));
    }
    if (shown < sorted.size()) {
      out.printf("  … and %d more problems (--verbose shows all)%n", sorted.size() - shown);
    }
  }

  /** The planner's "not recognised" problem repeats what the line above already says. */
  private static boolean isUnknownNote(Problem p) {
    return p.code().equals("input-unknown") || p.code().equals("sheet-not-read");
  }
}
