package de.kontaktcharta.report;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import java.util.Arrays;
import java.util.List;

/**
 * The place where the user works: Decision, Reason and Note under one heading ("Ihre
 * Entscheidung"), offered as dropdowns of labels in the report's language, each cell saying when
 * selected what it takes (the words {@code review.ReviewValues} understands besides the labels and
 * the codes).
 */
final class ReviewColumns {

  static final List<Decision> CONTACT_DECISIONS =
      List.of(Decision.KEEP, Decision.REMOVE, Decision.FOLLOW_ONLY);
  static final List<Decision> INVITATION_DECISIONS = List.of(Decision.ACCEPT, Decision.DECLINE);

  private final Labels labels;

  ReviewColumns(Labels labels) {
    this.labels = labels;
  }

  /** The three columns, for a sheet whose decisions are the given ones. */
  List<Column> columns(List<Decision> decisions) {
    String group = labels.get("review.group");
    List<String> decisionLabels = decisions.stream().map(d -> labels.get("decision", d)).toList();
    List<String> reasonLabels =
        Arrays.stream(ReasonCode.values())
            .filter(r -> r != ReasonCode.MANUAL)
            .map(r -> labels.get("reason", r))
            .toList();
    return List.of(
        Column.choice("decision", labels.get("col.decision"), 16, decisionLabels)
            .inGroup(group)
            .withPrompt(labels.get("hint.decision")),
        Column.choice("reason", labels.get("col.reason"), 18, reasonLabels)
            .inGroup(group)
            .withPrompt(labels.get("hint.reason")),
        Column.input("note", labels.get("col.note"), 34)
            .inGroup(group)
            .withPrompt(labels.get("review.prompt.note")));
  }

  /** What was recorded before, shown as the labels the dropdowns offer; scripts get the codes. */
  List<Cell> cells(Review review) {
    return List.of(
        review
            .decisionCode()
            .map(d -> Cell.coded(labels.get("decision", d), d.name()))
            .orElse(Cell.EMPTY),
        review
            .reasonCode()
            .map(r -> Cell.coded(labels.get("reason", r), r.name()))
            .orElse(Cell.EMPTY),
        Cell.text(review.note()));
  }
}
