package de.kontaktcharta.report;

import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InvitationAssessment;
import java.util.ArrayList;
import java.util.List;

/** Every piece of evidence, with the file and line it comes from. */
final class EvidenceSheet {

  private final Labels labels;

  EvidenceSheet(Labels labels) {
    this.labels = labels;
  }

  /**
   * The Evidence sheet.
   *
   * @param byName the contacts in name order, as {@link ContactSheets#byName} sorts them
   */
  Sheet build(List<ContactAssessment> byName, List<InvitationAssessment> invitations) {
    List<Item> items = new ArrayList<>();
    for (ContactAssessment a : byName) {
      for (Evidence e : a.evidence()) {
        items.add(new Item(a.contact().id(), a.contact().name(), e));
      }
    }
    for (InvitationAssessment a : invitations) {
      for (Evidence e : a.evidence()) {
        items.add(new Item(a.id(), a.invitation().from().displayName(), e));
      }
    }
    List<List<Cell>> rows = new LazyRows<>(items, i -> row(i.id(), i.name(), i.evidence()));
    List<Column> columns =
        List.of(
            Column.of("id", labels.get("col.id"), 14),
            Column.of("name", labels.get("col.name"), 26),
            Column.of("reason", labels.get("col.reasonLabel"), 18),
            Column.of("reason_code", labels.get("col.reasonCode"), 12),
            Column.of("strength", labels.get("col.strength"), 10),
            Column.of("date", labels.get("col.date"), 14),
            Column.of("source", labels.get("col.source"), 44),
            Column.of("rule", labels.get("col.rule"), 32),
            Column.wrapped("detail", labels.get("col.detail"), 60),
            Column.of("expired", labels.get("col.expired"), 10));
    return new Sheet(
        SheetKind.EVIDENCE, labels.get("sheet", SheetKind.EVIDENCE), columns, rows, true, null);
  }

  /** What one row shows: a piece of evidence and whose it is. */
  private record Item(String id, String name, Evidence evidence) {}

  private List<Cell> row(String id, String name, Evidence e) {
    return List.of(
        Cell.text(id),
        Cell.text(name),
        Cell.text(labels.get("reason", e.reason())),
        Cell.text(e.reason().name()),
        Cell.text(labels.get("strength", e.strength())),
        Cell.date(e.date()),
        Cell.text(Texts.source(labels, e.source())),
        Cell.text(Texts.rule(labels, e.rule())),
        Cell.text(Texts.render(labels, e.detail())),
        Cell.toned(
            labels.get(e.expired() ? "yes" : "no"), e.expired() ? Cell.Tone.WARN : Cell.Tone.NONE));
  }
}
