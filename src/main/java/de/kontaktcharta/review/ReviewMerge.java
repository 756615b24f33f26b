package de.kontaktcharta.review;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the user's entries from an earlier report into the reasons ledger. A cell changes the
 * ledger only where it differs from it: a cell left empty never erases anything (the user may have
 * deleted a column or edited an older copy); a dash clears a value on purpose. Text that is no code
 * is kept as a note and reported. When the same ID was edited differently in two rows (Contacts and
 * No reason), the first edit wins and the second is kept in the note.
 */
final class ReviewMerge {

  /**
   * The merged ledger, whether it differs from before, what was doubtful, and for every entry the
   * user changed, the report row it came from.
   */
  record Result(
      List<Review> ledger,
      boolean changed,
      List<Problem> problems,
      Map<String, SourceRef> changedFrom) {}

  private final ReviewValues values = new ReviewValues();

  /** ID and column of every value cleared with a dash in this review. */
  private final Set<String> cleared = new HashSet<>();

  Result merge(List<Review> ledger, List<ReviewRow> rows, LocalDate today) {
    Map<String, Review> base = new LinkedHashMap<>();
    List<Review> withoutId = new ArrayList<>();
    for (Review r : ledger) {
      if (r.id().isEmpty()) {
        withoutId.add(r);
      } else {
        base.merge(r.id(), r, ReviewMerge::combined);
      }
    }
    Map<String, Review> merged = new LinkedHashMap<>(base);
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceRef> changedFrom = new LinkedHashMap<>();
    // rows with a dash first: a dash is always the user's, while the same contact's row on another
    // sheet may still show the value cleared
    List<ReviewRow> ordered = new ArrayList<>(rows);
    ordered.sort(java.util.Comparator.comparing(row -> !clearsAny(row)));
    for (ReviewRow row : ordered) {
      Review before = base.getOrDefault(row.id(), empty(row));
      Review current = merged.getOrDefault(row.id(), before);
      Review after = new Edit(before, current, row, problems).apply();
      // a dash where the ledger has nothing clears what the report showed from a reasons list
      // among the inputs; the entry records that, so the older list does not bring it back
      boolean clearsShown = !merged.containsKey(row.id()) && clearsAny(row);
      if (!after.equals(current) || clearsShown) {
        changedFrom.putIfAbsent(row.id(), row.source());
        merged.put(
            row.id(),
            new Review(
                after.id(),
                after.key(),
                after.name(),
                after.reason(),
                after.decision(),
                after.note(),
                today));
      }
    }
    List<Review> all = new ArrayList<>(merged.values());
    all.addAll(withoutId);
    return new Result(all, !merged.equals(base), problems, changedFrom);
  }

  /**
   * Two ledger entries of one ID (a ledger edited by hand): the later one's values win where it has
   * any, the earlier one's fill the gaps, and both notes are kept.
   */
  static Review combined(Review earlier, Review later) {
    String note =
        earlier.note().isEmpty() || later.note().contains(earlier.note())
            ? later.note()
            : later.note().isEmpty() || earlier.note().contains(later.note())
                ? earlier.note()
                : earlier.note() + " | " + later.note();
    LocalDate recorded =
        earlier.recorded() == null
                || (later.recorded() != null && later.recorded().isAfter(earlier.recorded()))
            ? later.recorded()
            : earlier.recorded();
    return new Review(
        later.id(),
        later.key().isEmpty() ? earlier.key() : later.key(),
        later.name().isEmpty() ? earlier.name() : later.name(),
        later.reason() != null ? later.reason() : earlier.reason(),
        later.decision() != null ? later.decision() : earlier.decision(),
        note,
        recorded);
  }

  private boolean clearsAny(ReviewRow row) {
    return java.util.stream.Stream.of(row.reasonCell(), row.decisionCell(), row.noteCell())
        .flatMap(Optional::stream)
        .anyMatch(values::clears);
  }

  private static Review empty(ReviewRow row) {
    return new Review(row.id(), "", row.name(), null, null, "", null);
  }

  /** One row's cells applied to an entry. */
  private final class Edit {
    private final Review before;
    private final Review current;
    private final ReviewRow row;
    private final List<Problem> problems;
    private final StringBuilder note;

    Edit(Review before, Review current, ReviewRow row, List<Problem> problems) {
      this.before = before;
      this.current = current;
      this.row = row;
      this.problems = problems;
      this.note = new StringBuilder(current.note());
    }

    Review apply() {
      var reason =
          field(
              row.reasonCell(),
              before.reason(),
              current.reason(),
              values::reason,
              "problem.reason-unknown",
              "problem.review-conflict.reason",
              "reason");
      var decision =
          field(
              row.decisionCell(),
              before.decision(),
              current.decision(),
              values::decision,
              "problem.decision-unknown",
              "problem.review-conflict.decision",
              "decision");
      noteCell();
      String name = current.name().isEmpty() ? row.name() : current.name();
      return new Review(
          current.id(), current.key(), name, reason, decision, note.toString(), current.recorded());
    }

    private <T extends Enum<T>> T field(
        Optional<String> cell,
        T was,
        T now,
        java.util.function.Function<String, Optional<T>> parse,
        String unknownKey,
        String conflictKey,
        String what) {
      String text = cell.orElse("").strip();
      if (text.isEmpty() || text.equals(was == null ? "" : was.name())) {
        return now;
      }
      String mark = row.id() + "\u0000" + what;
      if (values.clears(text)) {
        cleared.add(mark);
      } else if (cleared.contains(mark)) {
        // the same contact's row on another sheet still shows the value the user cleared
        return now;
      }
      if (!values.clears(text) && parse.apply(text).isEmpty()) {
        keep(text);
        problems.add(Problem.note(row.source(), Severity.WARNING, Message.of(unknownKey, text)));
        return now;
      }
      T wanted = values.clears(text) ? null : parse.apply(text).get();
      if (!Objects.equals(now, was) && !Objects.equals(now, wanted)) {
        keep(text);
        problems.add(
            Problem.note(row.source(), Severity.WARNING, Message.of(conflictKey, row.id())));
        return now;
      }
      return wanted;
    }

    private void noteCell() {
      String text = row.noteCell().orElse("").strip();
      if (text.isEmpty() || text.equals(before.note())) {
        return;
      }
      if (values.clears(text)) {
        note.setLength(0);
      } else if (note.toString().equals(before.note())) {
        note.setLength(0);
        note.append(text);
      } else {
        keep(text);
      }
    }

    private void keep(String text) {
      if (note.indexOf(text) >= 0) {
        return;
      }
      if (note.length() > 0) {
        note.append(" | ");
      }
      note.append(text);
    }
  }
}
