package de.kontaktcharta.report;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The open invitations with the charter's recommendation and a reply to send. */
final class InvitationSheet {

  /** A printed page shows ID to the invitation's text; the reply is for copying, not for paper. */
  static final int PRINTED = 8;

  private final Texts texts;
  private final Labels labels;
  private final Charter charter;
  private final ReviewColumns review;

  InvitationSheet(Texts texts, Charter charter) {
    this.texts = texts;
    this.labels = texts.labels();
    this.charter = charter;
    this.review = new ReviewColumns(labels);
  }

  Sheet build(List<InvitationAssessment> all) {
    List<InvitationAssessment> sorted = new ArrayList<>(all);
    // Newest first: the worklist of a periodic cleanup starts with what just arrived.
    sorted.sort(
        Comparator.comparing(
                (InvitationAssessment a) -> a.invitation().sentOn(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> TextFold.fold(a.invitation().from().displayName()))
            .thenComparing(InvitationAssessment::id));
    List<List<Cell>> rows = new ArrayList<>(sorted.size());
    for (InvitationAssessment a : sorted) {
      rows.add(row(a));
    }
    return new Sheet(
        SheetKind.INVITATIONS,
        labels.get("sheet", SheetKind.INVITATIONS),
        columns(),
        rows,
        true,
        null,
        2,
        PRINTED);
  }

  /** ID, name, the recommendation and the review first; what it rests on after them. */
  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.of("id", labels.get("col.invitationId"), 13));
    columns.add(Column.wrapped("name", labels.get("col.name"), 24));
    columns.add(Column.of("recommendation", labels.get("col.recommendation"), 14));
    columns.addAll(review.columns(ReviewColumns.INVITATION_DECISIONS));
    columns.add(Column.wrapped("why", labels.get("col.why"), 44));
    columns.add(Column.wrapped("message", labels.get("col.message"), 50));
    // the reply is there to be copied, not read in the row: it does not make every row tall
    columns.add(Column.of("reply", labels.get("col.reply"), 56));
    columns.add(Column.wrapped("signals", labels.get("col.signals"), 20));
    columns.add(Column.wrapped("evidence", labels.get("col.evidence"), 40));
    columns.add(Column.of("profile", labels.get("col.profile"), 34));
    columns.add(Column.of("platform", labels.get("col.platform"), 10));
    columns.add(Column.of("sent_on", labels.get("col.sentOn"), 12));
    columns.add(Column.of("recommendation_code", labels.get("col.recommendationCode"), 14));
    return columns;
  }

  private List<Cell> row(InvitationAssessment a) {
    Invitation i = a.invitation();
    String url = i.from().profileUrl().orElse("");
    String name = i.from().displayName();
    String reply =
        a.recommendation() == Recommendation.ACCEPT
            ? ""
            : charter
                .replies(labels.language())
                .map(r -> r.declineFor(name, i.platform()))
                .orElse("");
    List<Cell> cells = new ArrayList<>(16);
    cells.add(Cell.text(a.id()));
    cells.add(Cell.text(name.isBlank() ? LinkText.readable(url) : name));
    cells.add(
        Cell.toned(labels.get("recommendation", a.recommendation()), tone(a.recommendation())));
    cells.addAll(review.cells(a.review()));
    cells.add(Cell.text(texts.invitationWhy(a)));
    cells.add(Cell.text(i.message()));
    cells.add(Cell.text(reply));
    cells.add(Cell.text(texts.signals(a.signals())));
    cells.add(
        Cell.text(
            a.evidence().stream()
                .filter(Evidence::effective)
                .map(texts::evidence)
                .collect(Collectors.joining("\n"))));
    cells.add(Cell.link(url.isEmpty() ? "" : LinkText.readable(url), url));
    cells.add(Cell.text(labels.get("platform", i.platform())));
    cells.add(Cell.date(i.sentOn()));
    cells.add(Cell.text(a.recommendation().name()));
    return cells;
  }

  static Cell.Tone tone(Recommendation r) {
    return switch (r) {
      case ACCEPT -> Cell.Tone.GOOD;
      case REVIEW -> Cell.Tone.WARN;
      case DECLINE -> Cell.Tone.BAD;
    };
  }
}
