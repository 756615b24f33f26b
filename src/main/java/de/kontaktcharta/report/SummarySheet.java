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
import java.util.List;
import java.util.Map;

/** The first sheet: what was read, and the counts the user looks at first. */
final class SummarySheet {

  private final Labels labels;
  private final List<List<Cell>> rows = new ArrayList<>();

  SummarySheet(Labels labels) {
    this.labels = labels;
  }

  Sheet build(ReportInput in) {
    rows.clear();
    heading(in);
    add();
    inputs(in);
    add();
    int chartFirst = rows.size() + 1;
    byStatus(in.assessment().contacts());
    int chartLast = rows.size() - 2;
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
            Column.of("item", labels.get("col.item"), 44),
            Column.of("value", labels.get("col.kind"), 30),
            Column.of("format", labels.get("col.format"), 40),
            Column.of("read", labels.get("col.rowsRead"), 14),
            Column.of("used", labels.get("col.rowsUsed"), 14),
            Column.of("skipped", labels.get("col.rowsSkipped"), 16));
    Sheet.Chart chart = new Sheet.Chart(labels.get("summary.chart"), chartFirst, chartLast, 0, 1);
    return new Sheet(
        SheetKind.SUMMARY, labels.get("sheet", SheetKind.SUMMARY), columns, rows, false, chart);
  }

  /** Title, dates and charter. */
  private void heading(ReportInput in) {
    add(Cell.text(labels.get("summary.title")));
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
        Cell.text(labels.get("summary.inputs")),
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

  /** Contacts by status, the rows the chart shows, and the total. */
  private void byStatus(List<ContactAssessment> contacts) {
    add(Cell.text(labels.get("summary.byStatus")), Cell.text(labels.get("col.count")));
    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, contacts.stream().filter(a -> a.status() == s).count());
    }
    byStatus.forEach(
        (s, n) -> add(Cell.toned(labels.get("status", s), ContactSheets.tone(s)), Cell.number(n)));
    add(Cell.text(labels.get("summary.total")), Cell.number(contacts.size()));
  }

  /** Contacts by reason. */
  private void byReason(List<ContactAssessment> contacts) {
    add(Cell.text(labels.get("summary.byReason")), Cell.text(labels.get("col.count")));
    for (ReasonCode r : ReasonCode.values()) {
      add(
          Cell.text(labels.get("reason", r)),
          Cell.number(contacts.stream().filter(a -> a.reasons().contains(r)).count()));
    }
  }

  /** Warnings on contacts and invitations by signal. */
  private void bySignal(ReportInput in) {
    List<ContactAssessment> contacts = in.assessment().contacts();
    add(
        Cell.text(labels.get("summary.bySignal")),
        Cell.text(labels.get("sheet", SheetKind.CONTACTS)),
        Cell.text(labels.get("sheet", SheetKind.INVITATIONS)));
    for (Signal s : Signal.values()) {
      long onContacts = contacts.stream().filter(a -> hasSignal(a.signals(), s)).count();
      long onInvitations =
          in.assessment().invitations().stream().filter(a -> hasSignal(a.signals(), s)).count();
      add(Cell.text(labels.get("signal", s)), Cell.number(onContacts), Cell.number(onInvitations));
    }
  }

  /** Contacts by the kinds of input that list them, in the kinds' order. */
  private void bySource(ReportInput in) {
    List<ContactAssessment> contacts = in.assessment().contacts();
    add(Cell.text(labels.get("summary.bySource")), Cell.text(labels.get("col.count")));
    for (InputKind k : in.kinds()) {
      long n = contacts.stream().filter(a -> a.contact().kinds().contains(k)).count();
      if (n > 0) {
        add(Cell.text(labels.get("kind." + k.code())), Cell.number(n));
      }
    }
  }

  /** Open invitations by recommendation, open outgoing and accepted ones. */
  private void invitations(ReportInput in) {
    add(Cell.text(labels.get("summary.invitations")), Cell.text(labels.get("col.count")));
    List<InvitationAssessment> invitations = in.assessment().invitations();
    for (Recommendation r : Recommendation.values()) {
      add(
          Cell.toned(labels.get("recommendation", r), InvitationSheet.tone(r)),
          Cell.number(invitations.stream().filter(a -> a.recommendation() == r).count()));
    }
    add(
        Cell.text(labels.get("summary.openOutgoing")),
        Cell.number(in.assessment().openOutgoing().size()));
    add(Cell.text(labels.get("summary.accepted")), Cell.number(in.assessment().accepted().size()));
  }

  /** Problems by severity. */
  private void problems(ReportInput in) {
    add(Cell.text(labels.get("summary.problems")), Cell.text(labels.get("col.count")));
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
