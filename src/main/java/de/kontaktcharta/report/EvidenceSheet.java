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
        items.add(new Item(a.contact().id(), ContactSheets.shownName(a.contact()), e));
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
            Column.of("id", labels.get("col.id"), 13),
            Column.wrapped("name", labels.get("col.name"), 24),
            Column.of("reason", labels.get("col.reasonLabel"), 18),
            Column.of("strength", labels.get("col.strength"), 10),
            Column.of("date", labels.get("col.date"), 12),
            Column.wrapped("detail", labels.get("col.detail"), 56),
            Column.wrapped("rule", labels.get("col.rule"), 34),
            Column.wrapped("source", labels.get("col.source"), 40),
            Column.of("expired", labels.get("col.expired"), 11),
            Column.of("reason_code", labels.get("col.reasonCode"), 12));
    return new Sheet(
        SheetKind.EVIDENCE,
        labels.get("sheet", SheetKind.EVIDENCE),
        columns,
        rows,
        true,
        null,
        2,
        0);
  }

  /** What one row shows: a piece of evidence and whose it is. */
  private record Item(String id, String name, Evidence evidence) {}

  private List<Cell> row(String id, String name, Evidence e) {
    return List.of(
        Cell.text(id),
        Cell.text(name),
        Cell.text(labels.get("reason", e.reason())),
        Cell.text(labels.get("strength", e.strength())),
        Cell.date(e.date()),
        Cell.text(Texts.render(labels, e.detail())),
        Cell.text(Texts.rule(labels, e.rule())),
        Cell.text(Texts.source(labels, e.source())),
        Cell.toned(
            labels.get(e.expired() ? "yes" : "no"), e.expired() ? Cell.Tone.WARN : Cell.Tone.NONE),
        Cell.text(e.reason().name()));
  }
}
