package de.kontaktcharta.app;

import de.kontaktcharta.model.InputKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one analysis run is asked to do; built by the command line.
 *
 * @param inputs files, folders and archives to read
 * @param forced kinds given with {@code --as KIND=FILE}
 * @param outDir where reports and the reasons ledger live
 * @param today the reference date given with {@code --today}, or null to use the export date
 * @param runDate the day of the run (names the report file)
 * @param language {@code de} or {@code en}
 * @param charter the charter file, or null for the embedded default
 * @param previous the earlier report to take the review from, or null for the newest in {@code
 *     outDir}
 * @param formats the forms to write
 * @param progress where to tell how far a long run got
 */
public record AnalyseSettings(
    List<Path> inputs,
    Map<Path, InputKind> forced,
    Path outDir,
    LocalDate today,
    LocalDate runDate,
    String language,
    Path charter,
    Path previous,
    Set<OutputFormat> formats,
    Progress progress) {

  public AnalyseSettings {
    inputs = List.copyOf(inputs);
    forced = Map.copyOf(forced);
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(language, "language");
    formats = formats.isEmpty() ? EnumSet.of(OutputFormat.XLSX) : EnumSet.copyOf(formats);
    progress = progress == null ? Progress.NONE : progress;
  }

  /** Settings with the defaults for everything but the inputs, the output folder and the dates. */
  public static AnalyseSettings of(
      List<Path> inputs, Path outDir, LocalDate today, LocalDate runDate) {
    return new AnalyseSettings(
        inputs,
        Map.of(),
        outDir,
        today,
        runDate,
        "de",
        null,
        null,
        Set.of(OutputFormat.XLSX),
        Progress.NONE);
  }

  /** The reasons ledger's place. */
  public Path ledger() {
    return outDir.resolve("reasons.csv");
  }
}
