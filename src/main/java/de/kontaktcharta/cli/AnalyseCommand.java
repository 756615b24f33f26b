package de.kontaktcharta.cli;

import de.kontaktcharta.app.AnalyseJob;
import de.kontaktcharta.app.AnalyseResult;
import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.app.NothingFound;
import de.kontaktcharta.app.OutputFormat;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charta analyse}: read the inputs, apply the charter, write the report. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Reads the inputs, applies the charter and writes reports/kontaktcharta-YYYY-MM-DD.xlsx (never over an earlier report). Files are recognised by their content; folders are read recursively and LinkedIn archives (.zip) in place. The review columns of every report or copy of it saved in the output folder since the last run (.xlsx, .ods, .xls, .csv) are taken into reports/reasons.csv first; runs into one folder take turns.")
final class AnalyseCommand implements Callable<Integer> {

  /** What --fail-on can look for. */
  enum FailOn {
    NO_REASON,
    DECLINE
  }

  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description =
          "Take the review columns from this file only (.xlsx, .xlsm, .xls, .ods, .csv or the report's .csv.zip); default: every report or copy saved in the output folder since the last run.")
  Path previous;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description = "Report formats, comma-separated: xlsx, csv, json (default: xlsx).")
  List<String> formats = new ArrayList<>(List.of("xlsx"));

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      split = ",",
      description =
          "Exit with 1 when a contact has no reason (no-reason) or an open invitation should be declined (decline).")
  List<String> failOn = new ArrayList<>();

  @Option(names = "--quiet", description = "Print nothing but errors (for cron).")
  boolean quiet;

  @Option(
      names = "--wait",
      paramLabel = "TIME",
      converter = WaitConverter.class,
      description =
          "How long to wait while another run writes to the output folder: minutes, or 30s, 10m, 1h; 0 waits not at all (default: 10m). Then exit with 75.")
  Duration wait = AnalyseSettings.DEFAULT_LOCK_WAIT;

  @Override
  public Integer call() throws Exception {
    Set<OutputFormat> outputs = outputFormats();
    Set<FailOn> fail = failOn();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    TerminalProgress progress = TerminalProgress.forTerminal(stderr, quiet);
    AnalyseSettings settings = run.settings(previous, outputs, progress).withLockWait(wait);
    Wording words = Wording.of(settings.language());
    AnalyseResult result;
    try {
      result = new AnalyseJob().run(settings);
    } catch (NothingFound nothing) {
      progress.done();
      nothing.errors().forEach(p -> stderr.println(TerminalText.line(words.line(p))));
      stderr.println(
          TerminalText.line(words.format("terminal.error", words.text(nothing.message()))));
      stderr.flush();
      return ExitCodes.NOTHING;
    } finally {
      progress.done();
    }
    for (Problem p : result.problems()) {
      if (p.severity() == Severity.ERROR) {
        stderr.println(TerminalText.line(words.line(p)));
      }
    }
    stderr.flush();
    if (!quiet) {
      summary(stdout, result, words);
    }
    if (result.ledgerFailed()) {
      // the reports are written and named above; the ledger keeps its earlier state
      stderr.println(
          TerminalText.line(words.format("terminal.error", words.text(result.ledgerFailure()))));
      stderr.flush();
      return ExitCodes.REPORT;
    }
    if (result.inputErrors()) {
      return ExitCodes.INPUT;
    }
    boolean matched =
        (fail.contains(FailOn.NO_REASON) && result.count(Status.NO_REASON) > 0)
            || (fail.contains(FailOn.DECLINE) && result.count(Recommendation.DECLINE) > 0);
    return matched ? ExitCodes.FAIL_ON : ExitCodes.OK;
  }

  private static void summary(PrintWriter out, AnalyseResult result, Wording words) {
    out.println(
        words.format(
            "terminal.contacts",
            result.contacts(),
            result.count(Status.JUSTIFIED),
            result.count(Status.WEAK),
            result.count(Status.NO_REASON)));
    out.println(
        words.format(
            "terminal.invitations",
            result.assessment().invitations().size(),
            result.count(Recommendation.ACCEPT),
            result.count(Recommendation.REVIEW),
            result.count(Recommendation.DECLINE)));
    if (!result.changes().isEmpty()) {
      out.println(words.format("terminal.changes", result.changes().size()));
    }
    long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    out.println(words.format("terminal.problems", result.problems().size(), errors));
    result
        .reports()
        .values()
        .forEach(p -> out.println(TerminalText.line(words.format("terminal.report", p))));
    out.flush();
  }

  private Set<OutputFormat> outputFormats() throws UsageError {
    Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
    for (String f : formats) {
      try {
        set.add(OutputFormat.valueOf(f.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageError(Message.of("error.option.format", f));
      }
    }
    return set;
  }

  private Set<FailOn> failOn() throws UsageError {
    Set<FailOn> set = EnumSet.noneOf(FailOn.class);
    for (String f : failOn) {
      try {
        set.add(FailOn.valueOf(f.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new UsageError(Message.of("error.option.fail-on", f));
      }
    }
    return set;
  }
}
