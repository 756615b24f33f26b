package de.kontaktcharta.cli;

import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.app.OutputFormat;
import de.kontaktcharta.app.Progress;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that reads inputs shares: analyse and explain. */
final class RunOptions {

  /** The language of the report and the terminal when {@code --lang} is not given. */
  static final String DEFAULT_LANGUAGE = "de";

  @Mixin InputOptions input = new InputOptions();

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
      description =
          "Language of the report and of what is printed: de or en (default: ${DEFAULT-VALUE}).")
  String language = DEFAULT_LANGUAGE;

  @Option(
      names = "--charter",
      paramLabel = "FILE",
      description = "Charter file (see 'charta init'); default: the built-in charter.")
  Path charter;

  AnalyseSettings settings(Path previous, Set<OutputFormat> formats, Progress progress)
      throws UsageError {
    if (!Wording.LANGUAGES.contains(language)) {
      throw new UsageError(Message.of("error.option.lang", language));
    }
    if (previous != null && !Files.isRegularFile(previous)) {
      throw new UsageError(
          Message.of(
              Files.isDirectory(previous)
                  ? "error.option.previous-folder"
                  : "error.option.previous-missing",
              previous.toString()));
    }
    return new AnalyseSettings(
        input.existingInputs(),
        input.forcedKinds(),
        out,
        today,
        LocalDate.now(),
        language,
        charter,
        previous,
        formats,
        progress);
  }
}
