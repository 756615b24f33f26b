package de.kontaktcharta.cli;

import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.app.OutputFormat;
import de.kontaktcharta.app.Progress;
import de.kontaktcharta.model.InputKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads inputs shares: analyse and explain. */
final class RunOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files, folders or LinkedIn archives (.zip).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder of the reports and the reasons ledger (default: ${DEFAULT-VALUE}).")
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

  AnalyseSettings settings(Path previous, Set<OutputFormat> formats, Progress progress)
      throws UsageError {
    if (!language.equals("de") && !language.equals("en")) {
      throw new UsageError("--lang must be de or en, not '" + language + "'");
    }
    return new AnalyseSettings(
        inputs,
        forcedKinds(),
        out,
        today,
        LocalDate.now(),
        language,
        charter,
        previous,
        formats,
        progress);
  }

  private Map<Path, InputKind> forcedKinds() throws UsageError {
    return KindCodes.forced(forced);
  }
}
