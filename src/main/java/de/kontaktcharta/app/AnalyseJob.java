package de.kontaktcharta.app;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.NetworkBuilder;
import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.report.Change;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.ReportBuilder;
import de.kontaktcharta.report.ReportFiles;
import de.kontaktcharta.report.ReportInput;
import de.kontaktcharta.report.xlsx.XlsxReportWriter;
import de.kontaktcharta.review.ChangeFinder;
import de.kontaktcharta.review.LedgerUpdate;
import de.kontaktcharta.review.ReviewStore;
import de.kontaktcharta.rules.Assessor;
import de.kontaktcharta.rules.EvidenceCollector;
import de.kontaktcharta.rules.Finding;
import de.kontaktcharta.rules.MessageUse;
import de.kontaktcharta.rules.TextRules;
import de.kontaktcharta.source.SourceKinds;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** One analysis run: read, review round trip, merge, classify, report (docs/design.md §2). */
public final class AnalyseJob {

  private final CharterSource charters = new CharterSource();
  private final Inputs inputs = new Inputs();
  private final ReviewStore store = new ReviewStore(inputs);

  /**
   * Runs the analysis and writes the report. The inputs are read first; reading the saved reviews,
   * writing the report and replacing the ledger hold the output folder's lock.
   *
   * @throws CharterError when the charter file is invalid or unreadable
   * @throws ReportException when the report cannot be written (a ledger that cannot be written
   *     after the report is in the result)
   * @throws FolderBusyException when another run held the output folder too long
   * @throws NothingFound when the inputs hold no contact and no invitation: nothing is written
   */
  public AnalyseResult run(AnalyseSettings settings)
      throws CharterError, ReportException, FolderBusyException, NothingFound {
    CharterSource.Loaded charter = charters.load(settings.charter());
    InputsRead read = read(settings, charter, () -> warmUpWriters(settings));
    FolderLock lock;
    try {
      lock = FolderLock.acquire(settings.outDir(), settings.lockWait(), () -> waiting(settings));
    } catch (IOException e) {
      throw new ReportException(Message.of("error.what.report"), settings.outDir(), e);
    }
    try (lock) {
      // what runs that were killed left in the output folder goes first
      ReportFiles.removeLeftovers(settings.outDir());
      // every review saved from here on is newer than what this run takes into the ledger
      FileTime reviewsRead = FileTime.from(Instant.now());
      lock.unsupported().ifPresent(read.problems()::add);
      Analysis analysis = assess(settings, charter, read);
      if (analysis.empty()) {
        throw new NothingFound(analysis.filesRead(), analysis.filesNotRead(), analysis.problems());
      }
      ReportOutput output = new ReportOutput(settings, reviewsRead);
      Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
      for (OutputFormat format : settings.formats()) {
        written.put(format, output.write(analysis.report(), format));
      }
      // The reports exist now: a ledger that cannot be replaced must not hide where they are.
      Message ledgerFailure = Message.NONE;
      try {
        analysis.ledger().save(store, reviewsRead);
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
    } catch (IOException e) {
      // releasing the lock failed: the process ending releases it all the same
      throw new ReportException(Message.of("error.what.report"), settings.outDir(), e);
    }
  }

  private static void waiting(AnalyseSettings settings) {
    settings
        .progress()
        .waiting(
            Wording.of(settings.language())
                .format(
                    "terminal.waiting",
                    settings.outDir(),
                    FolderLock.describe(settings.lockWait())));
  }

  /**
   * Everything a run finds, before anything is written.
   *
   * @param filesRead the inputs read, the ledger and the earlier report not counted
   * @param filesNotRead the inputs not recognised or not readable
   */
  record Analysis(
      Assessment assessment,
      List<InputSummary> inputs,
      List<Change> changes,
      List<Problem> problems,
      Report report,
      LedgerUpdate ledger,
      Keys keys,
      long filesRead,
      long filesNotRead) {

    /** True when the inputs held no contact and no invitation of any direction or state. */
    boolean empty() {
      return assessment.contacts().isEmpty()
          && assessment.invitations().isEmpty()
          && assessment.accepted().isEmpty()
          && assessment.openOutgoing().isEmpty();
    }
  }

  /** What reading the inputs gave, before the review is read. */
  private record InputsRead(
      TextRules rules,
      EvidenceCollector evidence,
      InputCollector collector,
      Inputs.Reading reading,
      List<Problem> problems) {}

  /** Reads and assesses without writing anything; {@code explain} uses this. */
  Analysis analyse(AnalyseSettings settings) throws CharterError {
    CharterSource.Loaded charter = charters.load(settings.charter());
    return assess(settings, charter, read(settings, charter, () -> {}));
  }

  /**
   * Readies the workbook writer on the spare core: while a large file is parsed, else while merging
   * and assessing run.
   */
  private static void warmUpWriters(AnalyseSettings settings) {
    if (settings.formats().contains(OutputFormat.XLSX)) {
      XlsxReportWriter.warmUpAside();
    }
  }

  /**
   * Reads the inputs.
   *
   * @param spareCore called once, when reading leaves a core partly idle or after the last file
   */
  private InputsRead read(
      AnalyseSettings settings, CharterSource.Loaded charter, Runnable spareCore) {
    TextRules rules = new TextRules(charter.charter());
    List<Problem> problems = new ArrayList<>();
    EvidenceCollector evidence = new EvidenceCollector(rules, problems::add);
    InputCollector collector =
        new InputCollector(evidence, settings.progress(), Wording.of(settings.language()));
    Inputs.Reading reading =
        inputs.read(settings.inputs(), settings.forced(), collector, spareCore);
    problems.addAll(reading.problems());
    problems.addAll(collector.problems());
    return new InputsRead(rules, evidence, collector, reading, problems);
  }

  /** Takes the review in, merges the network and applies the charter. */
  private Analysis assess(AnalyseSettings settings, CharterSource.Loaded charter, InputsRead read) {
    ReviewRound review = ReviewRound.read(settings, store);
    List<Problem> problems = new ArrayList<>(review.problems());
    problems.addAll(read.problems());
    // the ledger and the saved reviews are inputs too: their rows are accounted for as well
    List<InputSummary> summaries = new ArrayList<>(review.summaries());
    summaries.addAll(read.reading().summaries());
    InputCollector collector = read.collector();
    LocalDate today =
        referenceDate(
            settings, read.reading().exportDate().orElse(null), collector.newestLinkedIn());

    Wording words = Wording.of(settings.language());
    settings.progress().report(words.format("terminal.merging"));
    List<PersonRef> owners = owners(collector, charter.charter());
    EvidenceCollector evidence = read.evidence();
    // Counting the evidence needs the owner, not the merged network: it runs on the other core
    // while the network is merged (both only read what the inputs gave, and make new objects).
    CompletableFuture<List<Finding>> counted =
        CompletableFuture.supplyAsync(() -> evidence.finish(owners, today));
    Network network = network(collector.network(), owners, problems, read.rules().keys());
    settings.progress().report(words.format("terminal.applying"));
    LedgerUpdate update = review.ledger();
    List<ManualFact> manual = new ArrayList<>(update.facts());
    manual.addAll(evidence.manual());
    List<Finding> findings = await(counted);
    Assessment assessment =
        new Assessor(read.rules())
            .assess(
                network,
                collector.invitations(),
                findings,
                manual,
                today,
                evidence.messages().credits());
    problems.addAll(assessment.problems());
    MessageUse use = evidence.messages().use();
    problems.addAll(use.problems());
    summaries.replaceAll(s -> s.withUnused(use.unused().getOrDefault(s.file(), 0L)));
    update = update.withCurrentIds(assessment, evidence.manual());
    update.heldBack().ifPresent(problems::add);
    List<Change> changes = new ChangeFinder().changes(review.previous(), assessment, problems);
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
    Inputs.Reading reading = read.reading();
    long notRead =
        reading.detections().stream().filter(d -> d.kind() == null && !d.isSheet()).count()
            + reading.problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && !p.code().equals("input-unknown"))
                .count();
    return new Analysis(
        assessment,
        summaries,
        changes,
        problems,
        report,
        update,
        read.rules().keys(),
        reading.summaries().size(),
        notRead);
  }

  /** The value of a task of this run's, its failure thrown as if it had failed on this thread. */
  private static <T> T await(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The owner as the inputs name them, and the addresses and numbers the charter gives. */
  static List<PersonRef> owners(InputCollector collector, Charter charter) {
    List<PersonRef> owners = new ArrayList<>(collector.owners());
    Charter.Owner own = charter.owner();
    if (!own.isEmpty()) {
      owners.add(
          new PersonRef("", "", "", "", "", own.emails(), List.of(), own.phones(), List.of()));
    }
    return owners;
  }

  /** The contacts of the network lists, merged; people from earlier kinds first. */
  private static Network network(
      List<NetworkEntry> network, List<PersonRef> owners, List<Problem> problems, Keys keys) {
    NetworkBuilder builder = new NetworkBuilder(owners, problems::add, keys);
    List<NetworkEntry> entries = new ArrayList<>(network);
    entries.sort(
        Comparator.comparing(NetworkEntry::kind, SourceKinds.standard().order())
            .thenComparing(NetworkEntry::source));
    builder.addAll(entries);
    return builder.build();
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
}
