package de.kontaktcharta.app;

import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.NetworkBuilder;
import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.report.Change;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.ReportBuilder;
import de.kontaktcharta.report.ReportFiles;
import de.kontaktcharta.report.ReportInput;
import de.kontaktcharta.report.csv.CsvReportWriter;
import de.kontaktcharta.report.json.JsonReportWriter;
import de.kontaktcharta.report.xlsx.XlsxReportWriter;
import de.kontaktcharta.review.ChangeFinder;
import de.kontaktcharta.review.LedgerUpdate;
import de.kontaktcharta.review.PreviousReport;
import de.kontaktcharta.review.PreviousReportReader;
import de.kontaktcharta.review.ReviewStore;
import de.kontaktcharta.rules.Assessor;
import de.kontaktcharta.rules.EvidenceCollector;
import de.kontaktcharta.rules.TextRules;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.source.reasons.ReasonsKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One analysis run: review round trip, read, merge, classify, report (SPEC §2–§5). */
public final class AnalyseJob {

  private final CharterSource charters = new CharterSource();
  private final Inputs inputs = new Inputs();
  private final PreviousReportReader previousReports = new PreviousReportReader();
  private final ReviewStore store = new ReviewStore(inputs);

  /**
   * Runs the analysis and writes the report.
   *
   * @throws CharterError when the charter file is invalid or unreadable
   * @throws ReportException when the report cannot be written (a ledger that cannot be written
   *     after the report is in the result)
   */
  public AnalyseResult run(AnalyseSettings settings) throws CharterError, ReportException {
    Analysis analysis = analyse(settings, () -> warmUpWriters(settings));
    Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
    for (OutputFormat format : settings.formats()) {
      written.put(format, write(analysis.report(), format, settings));
    }
    // The reports exist now: a ledger that cannot be replaced must not hide where they are.
    Message ledgerFailure = Message.NONE;
    try {
      analysis.ledger().save(store);
    } catch (IOException | RuntimeException e) {
      ledgerFailure =
          new ReportException(Message.of("error.what.ledger"), analysis.ledger().file(), e)
              .message();
    }
    return new AnalyseResult(
        written,
        analysis.assessment(),
        analysis.inputs(),
        analysis.changes(),
        analysis.problems(),
        ledgerFailure);
  }

  /** Everything a run finds, before anything is written. */
  record Analysis(
      Assessment assessment,
      List<InputSummary> inputs,
      List<Change> changes,
      List<Problem> problems,
      Report report,
      LedgerUpdate ledger) {}

  /** Reads and assesses without writing anything; {@code explain} uses this. */
  Analysis analyse(AnalyseSettings settings) throws CharterError {
    return analyse(settings, () -> {});
  }

  /** Readies the workbook writer on the spare core while merging and assessing run. */
  private static void warmUpWriters(AnalyseSettings settings) {
    if (settings.formats().contains(OutputFormat.XLSX)) {
      XlsxReportWriter.warmUpAside();
    }
  }

  /**
   * Reads and assesses.
   *
   * @param inputsRead called once every input is read, before merging starts
   */
  private Analysis analyse(AnalyseSettings settings, Runnable inputsRead) throws CharterError {
    CharterSource.Loaded charter = charters.load(settings.charter());
    TextRules rules = new TextRules(charter.charter());
    List<Problem> problems = new ArrayList<>();
    ReviewStore.Ledger ledger = store.load(settings.ledger());
    problems.addAll(ledger.problems());
    PreviousReport previous = previous(settings);
    problems.addAll(previous.problems());
    LedgerUpdate update = LedgerUpdate.merge(ledger, previous, settings.runDate());
    problems.addAll(update.problems());

    EvidenceCollector evidence = new EvidenceCollector(rules, problems::add);
    Wording words = Wording.of(settings.language());
    InputCollector collector = new InputCollector(evidence, settings.progress(), words);
    List<InputSummary> summaries = new ArrayList<>();
    // the ledger and the earlier report are inputs too: their rows are accounted for as well
    ledger.summary().ifPresent(summaries::add);
    previousSummary(previous).ifPresent(summaries::add);
    Inputs.Reading reading = inputs.read(settings.inputs(), settings.forced(), collector);
    summaries.addAll(reading.summaries());
    problems.addAll(reading.problems());
    inputsRead.run();
    problems.addAll(collector.problems());
    LocalDate today =
        referenceDate(settings, reading.exportDate().orElse(null), collector.newestLinkedIn());

    settings.progress().report(words.format("terminal.merging"));
    Network network = network(collector, problems);
    settings.progress().report(words.format("terminal.applying"));
    List<ManualFact> manual = new ArrayList<>(update.facts());
    manual.addAll(evidence.manual());
    Assessment assessment =
        new Assessor(rules)
            .assess(
                network,
                collector.invitations(),
                evidence.finish(collector.owners(), today),
                manual,
                today);
    problems.addAll(assessment.problems());
    update = update.withCurrentIds(assessment);
    update.heldBack().ifPresent(problems::add);
    List<Change> changes = new ChangeFinder().changes(previous, assessment, problems);
    ReportInput input =
        new ReportInput(
            settings.runDate(),
            charter.name(),
            charter.charter(),
            summaries,
            assessment,
            problems,
            changes,
            settings.language(),
            SourceKinds.standard().kinds());
    Report report = new ReportBuilder().build(input);
    return new Analysis(assessment, summaries, changes, problems, report, update);
  }

  /** The contacts of the network lists, merged; people from earlier kinds first. */
  private static Network network(InputCollector collector, List<Problem> problems) {
    NetworkBuilder builder = new NetworkBuilder(collector.owners(), problems::add);
    List<NetworkEntry> entries = new ArrayList<>(collector.network());
    entries.sort(
        Comparator.comparing(NetworkEntry::kind, SourceKinds.standard().order())
            .thenComparing(NetworkEntry::source));
    builder.addAll(entries);
    return builder.build();
  }

  private PreviousReport previous(AnalyseSettings settings) {
    if (settings.previous() != null) {
      return previousReports.read(settings.previous());
    }
    return previousReports
        .newest(settings.outDir())
        .map(previousReports::read)
        .orElse(PreviousReport.NONE);
  }

  private static Path write(Report report, OutputFormat format, AnalyseSettings settings)
      throws ReportException {
    Path target = ReportFiles.freeName(settings.outDir(), settings.runDate(), format.extension());
    settings.progress().report(Wording.of(settings.language()).format("terminal.writing", target));
    try {
      ReportFiles.Content content =
          switch (format) {
            case XLSX -> out -> new XlsxReportWriter().write(report, out);
            case CSV -> out -> new CsvReportWriter().write(report, out);
            case JSON -> out -> new JsonReportWriter().write(report, out);
          };
      return ReportFiles.writeNew(target, settings.runDate(), format.extension(), content);
    } catch (IOException | RuntimeException e) {
      throw new ReportException(target, e);
    }
  }

  /**
   * --today, else the date in the archive's name, else the newest LinkedIn date, else the run date.
   */
  static LocalDate referenceDate(
      AnalyseSettings settings, LocalDate archiveDate, LocalDate newest) {
    if (settings.today() != null) {
      return settings.today();
    }
    LocalDate export = archiveDate != null ? archiveDate : newest;
    if (export == null || export.isAfter(settings.runDate())) {
      return settings.runDate();
    }
    return export;
  }

  /** The earlier report's review rows: each is read, or listed on Problems when not understood. */
  private static Optional<InputSummary> previousSummary(PreviousReport previous) {
    if (previous.file() == null) {
      return Optional.empty();
    }
    long skipped = previous.problems().stream().filter(Problem::rowSkipped).count();
    long rows = previous.rows().size();
    return Optional.of(
        new InputSummary(
            previous.file().toString(),
            ReasonsKind.KIND,
            "earlier report, review columns",
            rows + skipped,
            rows,
            skipped));
  }
}
