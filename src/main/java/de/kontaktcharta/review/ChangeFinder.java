package de.kontaktcharta.review;

import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.report.Change;
import de.kontaktcharta.report.ReportName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changed since the previous report (the Changes sheet; docs/design.md §5). */
public final class ChangeFinder {

  /**
   * The changes; contacts missing from the previous report's sheets although they were connected
   * before it are named in {@code problems} instead of being called new: their rows were deleted
   * from the report by hand.
   */
  public List<Change> changes(PreviousReport previous, Assessment now, List<Problem> problems) {
    Map<String, ReviewRow> before = new LinkedHashMap<>();
    Set<String> invitationsBefore = new HashSet<>();
    for (ReviewRow row : previous.rows()) {
      if (row.invitation()) {
        invitationsBefore.add(row.id());
      } else {
        before.putIfAbsent(row.id(), row);
      }
    }
    boolean hadReport = previous.file() != null && !previous.rows().isEmpty();
    List<Change> changes = new ArrayList<>();
    List<String> deleted = contacts(now, before, hadReport, reportDay(previous), changes);
    if (!deleted.isEmpty()) {
      problems.add(
          Problem.note(
              SourceRef.wholeFile(previous.file().toString()),
              Severity.INFO,
              Message.of(
                  "problem.previous-rows-missing",
                  deleted.size(),
                  String.join(", ", deleted.subList(0, Math.min(5, deleted.size()))))));
    }
    Set<String> current = new HashSet<>();
    now.contacts().forEach(a -> current.add(a.contact().id()));
    for (ReviewRow was : before.values()) {
      if (!current.contains(was.id())) {
        changes.add(new Change(Change.Kind.VANISHED, was.id(), was.name(), was.status(), ""));
      }
    }
    if (hadReport) {
      for (InvitationAssessment i : now.invitations()) {
        if (!invitationsBefore.contains(i.id())) {
          changes.add(
              new Change(
                  Change.Kind.INVITATION_NEW,
                  i.id(),
                  i.invitation().from().displayName(),
                  "",
                  i.recommendation().name()));
        }
      }
    }
    changes.sort(
        Comparator.comparing(Change::kind)
            .thenComparing(c -> TextFold.fold(c.name()))
            .thenComparing(Change::id));
    return changes;
  }

  /**
   * The new contacts, the changed statuses and the removals still pending; returns the names of
   * contacts missing from the previous report although connected before it.
   */
  private static List<String> contacts(
      Assessment now,
      Map<String, ReviewRow> before,
      boolean hadReport,
      LocalDate reportDay,
      List<Change> changes) {
    List<String> deleted = new ArrayList<>();
    for (ContactAssessment a : now.contacts()) {
      String id = a.contact().id();
      ReviewRow was = before.get(id);
      LocalDate since = a.contact().connectedOn();
      if (hadReport
          && was == null
          && since != null
          && reportDay != null
          && since.isBefore(reportDay)) {
        deleted.add(a.contact().name());
      } else if (hadReport && was == null) {
        changes.add(new Change(Change.Kind.NEW, id, a.contact().name(), "", a.status().name()));
      } else if (was != null
          && !was.status().isBlank()
          && !was.status().strip().equals(a.status().name())) {
        changes.add(
            new Change(
                Change.Kind.STATUS,
                id,
                a.contact().name(),
                was.status().strip(),
                a.status().name()));
      }
      if (a.review().decision() == Decision.REMOVE) {
        changes.add(
            new Change(
                Change.Kind.REMOVE_PENDING,
                id,
                a.contact().name(),
                Decision.REMOVE.name(),
                a.status().name()));
      }
    }
    return deleted;
  }

  /** The day in the previous report's name, or null when its name has none. */
  private static LocalDate reportDay(PreviousReport previous) {
    if (previous.file() == null) {
      return null;
    }
    return ReportName.of(previous.file().getFileName().toString())
        .map(ReportName::day)
        .orElse(null);
  }
}
