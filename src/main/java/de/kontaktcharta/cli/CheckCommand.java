package de.kontaktcharta.cli;

import de.kontaktcharta.app.CheckJob;
import de.kontaktcharta.app.CheckResult;
import de.kontaktcharta.app.InputCheck;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of what is printed: de or en (default: ${DEFAULT-VALUE}).")
  String language = RunOptions.DEFAULT_LANGUAGE;

  @Override
  public Integer call() throws UsageError {
    if (!Wording.LANGUAGES.contains(language)) {
      throw new UsageError(Message.of("error.option.lang", language));
    }
    Wording words = Wording.of(language);
    CheckResult result = new CheckJob().run(input.existingInputs(), input.forcedKinds(), words);
    PrintWriter out = spec.commandLine().getOut();
    int recognised = 0;
    for (InputCheck input : result.inputs()) {
      if (input.kind() != null) {
        recognised++;
        printRecognised(out, input, words);
      } else {
        out.println(
            TerminalText.line(
                words.format("check.unknown", input.name(), words.text(input.note()))));
        printProblems(
            out, input.problems().stream().filter(p -> !isUnknownNote(p)).toList(), words);
      }
    }
    printProblems(out, result.problems(), words);
    out.println(
        words.format(
            "check.total",
            result.inputs().size(),
            recognised,
            result.inputs().size() - recognised));
    out.flush();
    return result.inputErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private void printRecognised(PrintWriter out, InputCheck input, Wording words) {
    out.println(
        TerminalText.line(
            words.format(
                "check.kind",
                input.name(),
                input.kind().code(),
                words.format("kind." + input.kind().code()))));
    out.println(
        TerminalText.line(
            words.format(
                "check.format",
                input.format().isEmpty() ? "-" : words.inputFormat(input.format()))));
    if (!input.columns().isEmpty()) {
      out.println(words.format("check.columns"));
      input.columns().forEach(c -> out.println(TerminalText.line("    " + c)));
    }
    if (!input.unused().isEmpty()) {
      List<String> named =
          input.unused().stream()
              .limit(MAX_UNUSED)
              .map(c -> words.format("check.quoted", c))
              .toList();
      int more = input.unused().size() - named.size();
      String list = String.join(", ", named);
      out.println(
          TerminalText.line(
              more > 0
                  ? words.format("check.unusedMore", list, more)
                  : words.format("check.unused", list)));
    }
    input
        .rows()
        .ifPresent(
            (InputSummary s) ->
                out.println(
                    words.format("check.rows", s.rowsRead(), s.rowsUsed(), s.rowsSkipped())));
    printProblems(out, input.problems(), words);
  }

  private void printProblems(PrintWriter out, List<Problem> problems, Wording words) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    int shown = input.verbose ? sorted.size() : Math.min(MAX_PROBLEMS, sorted.size());
    for (int i = 0; i < shown; i++) {
      out.println(TerminalText.line("  " + words.line(sorted.get(i))));
    }
    if (shown < sorted.size()) {
      out.println(words.format("check.moreProblems", sorted.size() - shown));
    }
  }

  /** The planner's "not recognised" problem repeats what the line above already says. */
  private static boolean isUnknownNote(Problem p) {
    return p.code().equals("input-unknown") || p.code().equals("sheet-not-read");
  }
}
