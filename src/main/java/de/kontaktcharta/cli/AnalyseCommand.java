package de.kontaktcharta.cli;

import de.kontaktcharta.app.AnalyseJob;
import de.kontaktcharta.app.AnalyseResult;
import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charta analyse}: read the inputs, apply the charter, write the report. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads the inputs, applies the charter and writes reports/kontaktcharta-YYYY-MM-DD.xlsx",
      "(never over an earlier report). Files are recognised by their content; folders are",
      "read recursively and LinkedIn archives (.zip) in place."
    })
final class AnalyseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files, folders or LinkedIn archives (.zip).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the report (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("reports");

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description =
          "Reference date for windows and aging, as YYYY-MM-DD (default: the export date).",
      converter = DateConverter.class)
  LocalDate today;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Report language: de or en (default: ${DEFAULT-VALUE}).")
  String language = "de";

  @Option(
      names = "--charter",
      paramLabel = "FILE",
      description = "Charter file (see 'charta init'); default: the built-in charter.")
  Path charter;

  @Option(
      names = "--as",
      paramLabel = "KIND=FILE",
      description = "Read FILE as KIND, e.g. --as crm=kunden.csv. Kinds: ${COMPLETION-CANDIDATES}.",
      completionCandidates = KindCodes.class)
  List<String> forced = new ArrayList<>();

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!language.equals("de") && !language.equals("en")) {
      throw new UsageError("--lang must be de or en, not '" + language + "'");
    }
    AnalyseSettings settings =
        new AnalyseSettings(inputs, forcedKinds(), out, today, LocalDate.now(), language, charter);
    AnalyseResult result = new AnalyseJob().run(settings);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    for (Problem p : result.problems()) {
      if (p.severity() == Severity.ERROR) {
        stderr.println(p);
      }
    }
    stderr.flush();
    stdout.printf(
        "contacts: %d (justified %d, weak %d, no reason %d)%n",
        result.contacts(),
        result.count(Status.JUSTIFIED),
        result.count(Status.WEAK),
        result.count(Status.NO_REASON));
    stdout.printf(
        "invitations: %d (accept %d, review %d, decline %d)%n",
        result.count(Recommendation.ACCEPT)
            + result.count(Recommendation.REVIEW)
            + result.count(Recommendation.DECLINE),
        result.count(Recommendation.ACCEPT),
        result.count(Recommendation.REVIEW),
        result.count(Recommendation.DECLINE));
    long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    stdout.printf(
        "problems: %d (%d errors), listed in the report%n", result.problems().size(), errors);
    stdout.printf("report: %s%n", result.report());
    stdout.flush();
    return result.inputErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private Map<Path, InputKind> forcedKinds() throws UsageError {
    return KindCodes.forced(forced);
  }
}
