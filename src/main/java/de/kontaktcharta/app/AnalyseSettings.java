package de.kontaktcharta.app;

import de.kontaktcharta.model.InputKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one analysis run is asked to do; built by the command line.
 *
 * @param inputs files, folders and archives to read
 * @param forced kinds given with {@code --as KIND=FILE}
 * @param outDir where reports are written
 * @param today the reference date given with {@code --today}, or null to use the export date
 * @param runDate the day of the run (names the report file)
 * @param language {@code de} or {@code en}
 * @param charter the charter file, or null for the embedded default
 */
public record AnalyseSettings(
    List<Path> inputs,
    Map<Path, InputKind> forced,
    Path outDir,
    LocalDate today,
    LocalDate runDate,
    String language,
    Path charter) {

  public AnalyseSettings {
    inputs = List.copyOf(inputs);
    forced = Map.copyOf(forced);
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(language, "language");
  }

  public Optional<LocalDate> givenToday() {
    return Optional.ofNullable(today);
  }

  public Optional<Path> charterFile() {
    return Optional.ofNullable(charter);
  }
}
