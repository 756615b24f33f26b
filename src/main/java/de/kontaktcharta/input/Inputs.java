package de.kontaktcharta.input;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.SourceKinds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way in: finds the files behind the command line's inputs (folders, archives read in
 * place), recognises each by its content, keeps one copy of what several LinkedIn exports hold, and
 * reads every recognised file into a sink, in the registry's order (small files after a large one
 * are read while it is, and handed to the sink in their turn: {@link ReadAhead}).
 */
public final class Inputs {

  private final InputPlanner planner;
  private final InputReaders readers;
  private final long readAheadFrom;

  public Inputs() {
    this(SourceKinds.standard());
  }

  public Inputs(SourceKinds kinds) {
    this(kinds, ReadAhead.LARGE);
  }

  /**
   * Inputs whose files from {@code readAheadFrom} bytes on are read beside the files after them.
   */
  Inputs(SourceKinds kinds, long readAheadFrom) {
    this.planner = new InputPlanner(kinds);
    this.readers = new InputReaders(kinds);
    this.readAheadFrom = readAheadFrom;
  }

  /**
   * What reading the inputs gave.
   *
   * @param summaries the row accounting of every file read, in reading order
   * @param problems missing, unreadable and unknown inputs, and copies left out; the problems met
   *     while reading went to the sink
   * @param detections every file (and workbook sheet) with what it was recognised as, recognised
   *     ones first
   * @param exportDate the newest date in the name of a LinkedIn archive read, if any
   */
  public record Reading(
      List<InputSummary> summaries,
      List<Problem> problems,
      List<Detection> detections,
      Optional<LocalDate> exportDate) {

    public Reading {
      summaries = List.copyOf(summaries);
      problems = List.copyOf(problems);
      detections = List.copyOf(detections);
    }
  }

  /**
   * What {@code charta check} shows of one file or sheet.
   *
   * @param detection what the file was recognised as
   * @param summary its row accounting, or empty when it was not recognised
   * @param columns which column feeds which value
   * @param unused the named columns that feed nothing
   * @param problems the problems met while reading it
   */
  public record Checked(
      Detection detection,
      Optional<InputSummary> summary,
      List<ColumnUse> columns,
      List<String> unused,
      List<Problem> problems) {

    public Checked {
      columns = List.copyOf(columns);
      unused = List.copyOf(unused);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads every recognised input into the sink.
   *
   * @param inputs files, folders and archives
   * @param forced kinds given with {@code --as KIND=FILE}
   */
  public Reading read(List<Path> inputs, Map<Path, InputKind> forced, InputSink sink) {
    return read(inputs, forced, sink, Integer.MAX_VALUE, () -> {});
  }

  /**
   * Like {@link #read(List, Map, InputSink)}, and runs {@code spare} once: on the second thread
   * when it has read the files after a large one while that is still being read (a core is then
   * partly idle), else after the last file.
   */
  public Reading read(
      List<Path> inputs, Map<Path, InputKind> forced, InputSink sink, Runnable spare) {
    return read(inputs, forced, sink, Integer.MAX_VALUE, spare);
  }

  /**
   * Reads one file as the given kind, or only its first recognised sheet; the reasons ledger is
   * read so.
   */
  public Reading readOne(Path file, InputKind kind, InputSink sink) {
    return read(List.of(file), Map.of(file, kind), sink, 1, () -> {});
  }

  private Reading read(
      List<Path> inputs, Map<Path, InputKind> forced, InputSink sink, int most, Runnable spare) {
    List<InputSummary> summaries = new ArrayList<>();
    LocalDate exportDate = null;
    try (InputPlan plan = planner.plan(inputs, forced)) {
      List<Detection> recognised =
          plan.recognised().subList(0, Math.min(most, plan.recognised().size()));
      try (ReadAhead reading = new ReadAhead(readers, recognised, readAheadFrom, spare)) {
        for (int i = 0; i < recognised.size(); i++) {
          summaries.add(reading.read(i, sink));
          LocalDate named =
              LinkedInExports.exportDate(recognised.get(i).file().name()).orElse(null);
          if (named != null && (exportDate == null || named.isAfter(exportDate))) {
            exportDate = named;
          }
        }
      }
      return new Reading(
          summaries, plan.problems(), plan.detections(), Optional.ofNullable(exportDate));
    }
  }

  /**
   * Recognises every input and reads it through as {@link #read} would, keeping only how each was
   * read and its problems.
   *
   * @param planProblems receives the problems that are not met while reading a file
   */
  public List<Checked> check(
      List<Path> inputs, Map<Path, InputKind> forced, List<Problem> planProblems) {
    List<Checked> checked = new ArrayList<>();
    try (InputPlan plan = planner.plan(inputs, forced)) {
      planProblems.addAll(plan.problems());
      for (Detection d : plan.detections()) {
        if (d.kind() == null) {
          checked.add(new Checked(d, Optional.empty(), List.of(), List.of(), List.of()));
          continue;
        }
        List<Problem> problems = new ArrayList<>();
        InputReaders.Inspection inspection = readers.inspect(d, new ProblemsOnly(problems));
        checked.add(
            new Checked(
                d,
                Optional.of(inspection.summary()),
                inspection.columns(),
                inspection.unused(),
                problems));
      }
    }
    return checked;
  }

  /** Keeps the problems of a read and lets the rows go. */
  private record ProblemsOnly(List<Problem> problems) implements InputSink {

    @Override
    public void network(NetworkEntry entry) {
      // counted by the reader; a check keeps no contacts
    }

    @Override
    public void invitation(Invitation invitation) {
      // counted by the reader
    }

    @Override
    public void fact(Fact fact) {
      // counted by the reader
    }

    @Override
    public void owner(PersonRef owner, SourceRef at) {
      // only a run needs the owner
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }
  }
}
