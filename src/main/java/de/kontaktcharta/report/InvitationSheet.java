package de.kontaktcharta.report;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Decision;
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

  static final List<String> DECISIONS = List.of(Decision.ACCEPT.name(), Decision.DECLINE.name());

  private final Texts texts;
  private final Labels labels;
  private final Charter charter;

  InvitationSheet(Texts texts, Charter charter) {
    this.texts = texts;
    this.labels = texts.labels();
    this.charter = charter;
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
        null);
  }

  private List<Column> columns() {
    return List.of(
        Column.of("id", labels.get("col.invitationId"), 14),
        Column.of("name", labels.get("col.name"), 26),
        Column.of("profile", labels.get("col.profile"), 36),
        Column.of("platform", labels.get("col.platform"), 10),
        Column.of("sent_on", labels.get("col.sentOn"), 14),
        Column.wrapped("message", labels.get("col.message"), 50),
        Column.of("recommendation", labels.get("col.recommendation"), 14),
        Column.of("recommendation_code", labels.get("col.recommendationCode"), 12),
        Column.wrapped("signals", labels.get("col.signals"), 24),
        Column.wrapped("evidence", labels.get("col.evidence"), 40),
        Column.wrapped("why", labels.get("col.why"), 50),
        Column.wrapped("reply", labels.get("col.reply"), 60),
        Column.choice(
            "decision", labels.get("col.decision"), 14, DECISIONS, labels.get("hint.decision")),
        Column.choice(
            "reason",
            labels.get("col.reason"),
            12,
            ContactSheets.REASONS,
            labels.get("hint.reason")),
        Column.wrapped("note", labels.get("col.note"), 30));
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
    return List.of(
        Cell.text(a.id()),
        Cell.text(name),
        Cell.link(url, url),
        Cell.text(labels.get("platform", i.platform())),
        Cell.date(i.sentOn()),
        Cell.text(i.message()),
        Cell.toned(labels.get("recommendation", a.recommendation()), tone(a.recommendation())),
        Cell.text(a.recommendation().name()),
        Cell.text(texts.signals(a.signals())),
        Cell.text(
            a.evidence().stream()
                .filter(Evidence::effective)
                .map(texts::evidence)
                .collect(Collectors.joining("\n"))),
        Cell.text(texts.invitationWhy(a)),
        Cell.text(reply),
        Cell.text(a.review().decisionCode().map(Enum::name).orElse("")),
        Cell.text(a.review().reasonCode().map(Enum::name).orElse("")),
        Cell.text(a.review().note()));
  }

  static Cell.Tone tone(Recommendation r) {
    return switch (r) {
      case ACCEPT -> Cell.Tone.GOOD;
      case REVIEW -> Cell.Tone.WARN;
      case DECLINE -> Cell.Tone.BAD;
    };
  }
}
