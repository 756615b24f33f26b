package de.kontaktcharta.app;

import de.kontaktcharta.model.InputKind;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param lockWait how long to wait while another run writes to {@code outDir}
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
    Progress progress,
    Duration lockWait) {

  /** How long a run waits by default for another one writing to the same folder. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

  public AnalyseSettings {
    inputs = List.copyOf(inputs);
    forced = Map.copyOf(forced);
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(language, "language");
    formats = formats.isEmpty() ? EnumSet.of(OutputFormat.XLSX) : EnumSet.copyOf(formats);
    progress = progress == null ? Progress.NONE : progress;
    lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
  }

  /** Settings that wait the default time for another run. */
  public AnalyseSettings(
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
    this(
        inputs,
        forced,
        outDir,
        today,
        runDate,
        language,
        charter,
        previous,
        formats,
        progress,
        DEFAULT_LOCK_WAIT);
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

  /** The same settings with another wait for a run writing to the same folder. */
  public AnalyseSettings withLockWait(Duration wait) {
    return new AnalyseSettings(
        inputs, forced, outDir, today, runDate, language, charter, previous, formats, progress,
        wait);
  }

  /** The reasons ledger's place. */
  public Path ledger() {
    return outDir.resolve("reasons.csv");
  }
}
