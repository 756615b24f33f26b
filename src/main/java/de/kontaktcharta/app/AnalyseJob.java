package de.kontaktcharta.app;

import de.kontaktcharta.io.Detection;
import de.kontaktcharta.io.InputReaders;
import de.kontaktcharta.io.ReportFiles;
import de.kontaktcharta.io.XlsxReportWriter;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.ReportBuilder;
import de.kontaktcharta.report.ReportInput;
import de.kontaktcharta.rules.Assessor;
import de.kontaktcharta.rules.EvidenceCollector;
import de.kontaktcharta.rules.Finding;
import de.kontaktcharta.rules.Network;
import de.kontaktcharta.rules.NetworkBuilder;
import de.kontaktcharta.rules.TextRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One analysis run: read → merge → classify → report (SPEC §2–§5). */
public final class AnalyseJob {

  private static final Pattern ARCHIVE_DATE =
      Pattern.compile("LinkedInDataExport_(\\d{2})-(\\d{2})-(\\d{4})", Pattern.CASE_INSENSITIVE);

  private final CharterSource charters = new CharterSource();
  private final InputPlanner planner = new InputPlanner();
  private final InputReaders readers = new InputReaders();

  /**
   * Runs the analysis and writes the report.
   *
   * @throws CharterError when the charter file is invalid or unreadable
   * @throws ReportException when the report cannot be written
   */
  public AnalyseResult run(AnalyseSettings settings) throws CharterError, ReportException {
    CharterSource.Loaded charter = charters.load(settings.charter());
    TextRules rules = new TextRules(charter.charter());
    List<Problem> problems = new ArrayList<>();
    EvidenceCollector evidence = new EvidenceCollector(rules, problems::add);
    InputCollector collector = new InputCollector(evidence);
    List<InputSummary> summaries = new ArrayList<>();
    LocalDate archiveDate = null;
    try (InputPlan plan = planner.plan(settings.inputs(), settings.forced())) {
      problems.addAll(plan.problems());
      for (Detection detection : plan.recognised()) {
        summaries.add(readers.read(detection, collector));
        LocalDate named = archiveDate(detection.file().name());
        archiveDate =
            named != null && (archiveDate == null || named.isAfter(archiveDate))
                ? named
                : archiveDate;
      }
    }
    problems.addAll(collector.problems());
    LocalDate today = referenceDate(settings, archiveDate, collector.newestLinkedIn());
    NetworkBuilder builder = new NetworkBuilder(collector.owners(), problems::add);
    List<NetworkEntry> entries = new ArrayList<>(collector.network());
    entries.sort(
        Comparator.comparing((NetworkEntry e) -> e.kind().ordinal())
            .thenComparing(NetworkEntry::source));
    entries.forEach(builder::add);
    Network network = builder.build();
    List<Finding> findings = evidence.finish(collector.owners(), today);
    Assessment assessment =
        new Assessor(rules)
            .assess(network, collector.invitations(), findings, evidence.manual(), today);
    problems.addAll(assessment.problems());
    ReportInput input =
        new ReportInput(
            settings.runDate(),
            charter.name(),
            charter.charter(),
            summaries,
            assessment,
            problems,
            List.of(),
            settings.language());
    Report report = new ReportBuilder().build(input);
    Path written = write(report, settings);
    return new AnalyseResult(
        written,
        today,
        assessment.contacts().size(),
        byStatus(assessment.contacts()),
        byRecommendation(assessment.invitations()),
        summaries,
        problems);
  }

  private static Path write(Report report, AnalyseSettings settings) throws ReportException {
    Path target = ReportFiles.freeName(settings.outDir(), settings.runDate(), "xlsx");
    try {
      XlsxReportWriter writer = new XlsxReportWriter();
      return ReportFiles.writeNew(
          target, settings.runDate(), "xlsx", out -> writer.write(report, out));
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

  static LocalDate archiveDate(String name) {
    Matcher m = ARCHIVE_DATE.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Map<Status, Long> byStatus(List<ContactAssessment> contacts) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, contacts.stream().filter(a -> a.status() == s).count());
    }
    return counts;
  }

  private static Map<Recommendation, Long> byRecommendation(
      List<InvitationAssessment> invitations) {
    Map<Recommendation, Long> counts = new EnumMap<>(Recommendation.class);
    for (Recommendation r : Recommendation.values()) {
      counts.put(r, invitations.stream().filter(a -> a.recommendation() == r).count());
    }
    return counts;
  }

  static boolean isNetwork(InputKind kind) {
    return kind.role() == InputKind.Role.NETWORK;
  }
}
