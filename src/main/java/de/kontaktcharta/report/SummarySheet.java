package de.kontaktcharta.report;

import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sheet: what to do next, the counts that matter, and then what was read and how it adds
 * up. A row of one cell is a line of text across the sheet (title, heading, step).
 */
final class SummarySheet {

  private final Labels labels;
  private final List<List<Cell>> rows = new ArrayList<>();

  SummarySheet(Labels labels) {
    this.labels = labels;
  }

  Sheet build(ReportInput in) {
    rows.clear();
    add(Cell.toned(labels.format("summary.title", labels.date(in.runDate())), Cell.Tone.TITLE));
    add();
    steps(in);
    add();
    int chartFirst = glance(in);
    int chartLast = chartFirst + Status.values().length - 1;
    add();
    heading(in);
    add();
    inputs(in);
    add();
    byReason(in.assessment().contacts());
    add();
    bySignal(in);
    add();
    bySource(in);
    add();
    invitations(in);
    add();
    problems(in);
    List<Column> columns =
        List.of(
            Column.of("item", labels.get("col.item"), 46),
            Column.of("value", labels.get("col.kind"), 26),
            Column.of("format", labels.get("col.format"), 40),
            Column.of("read", labels.get("col.rowsRead"), 12),
            Column.of("used", labels.get("col.rowsUsed"), 12),
            Column.of("skipped", labels.get("col.rowsSkipped"), 14));
    Sheet.Chart chart = new Sheet.Chart(labels.get("summary.chart"), chartFirst, chartLast, 0, 1);
    return new Sheet(
        SheetKind.SUMMARY, labels.get("sheet", SheetKind.SUMMARY), columns, rows, false, chart);
  }

  /** The three steps of a cleanup, with this report's numbers. */
  private void steps(ReportInput in) {
    long worklist =
        in.assessment().contacts().stream().filter(a -> a.status() != Status.JUSTIFIED).count();
    add(Cell.toned(labels.get("summary.next"), Cell.Tone.HEADING));
    add(
        Cell.text(
            worklist == 0
                ? labels.format("summary.step1.none", sheet(SheetKind.NO_REASON))
                : labels.format("summary.step1", sheet(SheetKind.NO_REASON), worklist)));
    add(
        Cell.text(
            labels.format(
                "summary.step2",
                labels.get("review.group"),
                in.assessment().invitations().size(),
                sheet(SheetKind.INVITATIONS))));
    add(Cell.text(labels.format("summary.step3", sheet(SheetKind.CHANGES))));
  }

  /**
   * The counts that matter: contacts by status (the rows the chart shows), open invitations by
   * recommendation, problems, each with a link to its sheet.
   *
   * @return the row of the first status
   */
  private int glance(ReportInput in) {
    List<ContactAssessment> contacts = in.assessment().contacts();
    add(Cell.toned(labels.get("summary.glance"), Cell.Tone.HEADING));
    add(
        Cell.text(labels.get("summary.contacts")),
        Cell.number(contacts.size()),
        Cell.sheetLink(
            labels.format("summary.goTo", sheet(SheetKind.CONTACTS)), sheet(SheetKind.CONTACTS)));
    int first = rows.size();
    for (Status s : Status.values()) {
      long n = contacts.stream().filter(a -> a.status() == s).count();
      Cell label = Cell.toned(labels.get("status", s), ContactSheets.tone(s));
      if (s == Status.NO_REASON) {
        add(
            label,
            Cell.number(n),
            Cell.sheetLink(
                labels.format("summary.goTo", sheet(SheetKind.NO_REASON)),
                sheet(SheetKind.NO_REASON)));
      } else {
        add(label, Cell.number(n));
      }
    }
    List<InvitationAssessment> invitations = in.assessment().invitations();
    add(
        Cell.text(labels.get("summary.openInvitations")),
        Cell.number(invitations.size()),
        Cell.sheetLink(
            labels.format("summary.goTo", sheet(SheetKind.INVITATIONS)),
            sheet(SheetKind.INVITATIONS)));
    for (Recommendation r : Recommendation.values()) {
      add(
          Cell.toned(labels.get("recommendation", r), InvitationSheet.tone(r)),
          Cell.number(invitations.stream().filter(a -> a.recommendation() == r).count()));
    }
    add(
        Cell.text(labels.format("summary.problemsErrors", errors(in.problems()))),
        Cell.number(in.problems().size()),
        Cell.sheetLink(
            labels.format("summary.goTo", sheet(SheetKind.PROBLEMS)), sheet(SheetKind.PROBLEMS)));
    return first;
  }

  private String sheet(SheetKind kind) {
    return labels.get("sheet", kind);
  }

  /** Dates and charter. */
  private void heading(ReportInput in) {
    add(Cell.text(labels.get("summary.runDate")), Cell.date(in.runDate()));
    add(Cell.text(labels.get("summary.today")), Cell.date(in.assessment().today()));
    add(
        Cell.text(labels.get("summary.charter")),
        Cell.text(
            in.charter().title()
                + " – "
                + (in.charterName().isEmpty() ? labels.get("summary.builtIn") : in.charterName())));
  }

  /** Every input with its kind, format and rows. */
  private void inputs(ReportInput in) {
    add(
        Cell.toned(labels.get("summary.inputs"), Cell.Tone.HEADING),
        Cell.text(labels.get("col.kind")),
        Cell.text(labels.get("col.format")),
        Cell.text(labels.get("col.rowsRead")),
        Cell.text(labels.get("col.rowsUsed")),
        Cell.text(labels.get("col.rowsSkipped")));
    for (InputSummary s : in.inputs()) {
      String kind = labels.get("kind." + s.kind().code());
      add(
          Cell.text(s.file()),
          Cell.text(kind),
          Cell.text(Texts.inputFormat(labels, s.format())),
          Cell.number(s.rowsRead()),
          Cell.number(s.rowsUsed()),
          Cell.number(s.rowsSkipped()));
    }
  }

  /** Contacts by reason. */
  private void byReason(List<ContactAssessment> contacts) {
    add(
        Cell.toned(labels.get("summary.byReason"), Cell.Tone.HEADING),
        Cell.text(labels.get("col.count")));
    // one pass over the contacts, not one per reason: a network has tens of thousands
    Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
    for (ContactAssessment a : contacts) {
      for (ReasonCode r : a.reasons()) {
        counts.merge(r, 1L, Long::sum);
      }
    }
    for (ReasonCode r : ReasonCode.values()) {
      add(Cell.text(labels.get("reason", r)), Cell.number(counts.getOrDefault(r, 0L)));
    }
  }

  /**
   * Warnings on contacts and invitations by signal. "No reason" on a contact is its status, counted
   * above, and not a warning of its own.
   */
  private void bySignal(ReportInput in) {
    List<ContactAssessment> contacts = in.assessment().contacts();
    add(
        Cell.toned(labels.get("summary.bySignal"), Cell.Tone.HEADING),
        Cell.text(sheet(SheetKind.CONTACTS)),
        Cell.text(sheet(SheetKind.INVITATIONS)));
    for (Signal s : Signal.values()) {
      long onContacts = contacts.stream().filter(a -> hasSignal(a.signals(), s)).count();
      long onInvitations =
          in.assessment().invitations().stream().filter(a -> hasSignal(a.signals(), s)).count();
      add(
          Cell.text(labels.get("signal", s)),
          s == Signal.NO_REASON ? Cell.EMPTY : Cell.number(onContacts),
          Cell.number(onInvitations));
    }
  }

  /** Contacts by the kinds of input that list them, in the kinds' order. */
  private void bySource(ReportInput in) {
    List<ContactAssessment> contacts = in.assessment().contacts();
    add(
        Cell.toned(labels.get("summary.bySource"), Cell.Tone.HEADING),
        Cell.text(labels.get("col.count")));
    Map<InputKind, Long> counts = new HashMap<>();
    for (ContactAssessment a : contacts) {
      for (InputKind k : a.contact().kinds()) {
        counts.merge(k, 1L, Long::sum);
      }
    }
    for (InputKind k : in.kinds()) {
      long n = counts.getOrDefault(k, 0L);
      if (n > 0) {
        add(Cell.text(labels.get("kind." + k.code())), Cell.number(n));
      }
    }
  }

  /** Invitations that are not open ones: own ones without answer, and accepted ones. */
  private void invitations(ReportInput in) {
    add(
        Cell.toned(labels.get("summary.invitations"), Cell.Tone.HEADING),
        Cell.text(labels.get("col.count")));
    add(
        Cell.text(labels.get("summary.openOutgoing")),
        Cell.number(in.assessment().openOutgoing().size()));
    add(Cell.text(labels.get("summary.accepted")), Cell.number(in.assessment().accepted().size()));
  }

  /** Problems by severity. */
  private void problems(ReportInput in) {
    add(
        Cell.toned(labels.get("summary.problems"), Cell.Tone.HEADING),
        Cell.text(labels.get("col.count")));
    for (Severity s : Severity.values()) {
      add(
          Cell.toned(labels.get("severity", s), ProblemSheet.tone(s)),
          Cell.number(in.problems().stream().filter(p -> p.severity() == s).count()));
    }
  }

  private void add(Cell... cells) {
    rows.add(List.of(cells));
  }

  private static boolean hasSignal(List<SignalHit> signals, Signal signal) {
    for (SignalHit s : signals) {
      if (s.signal() == signal) {
        return true;
      }
    }
    return false;
  }

  static long errors(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
  }
}
