package de.kontaktcharta.review;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Takes the user's entries from earlier reports into the reasons ledger. A cell changes the ledger
 * only where it differs from it: a cell left empty never erases anything (the user may have deleted
 * a column or edited an older copy); a dash clears a value on purpose. Text that is no code or
 * known word is kept as a note and reported. Several saved files are read newest first: per value,
 * the newest file's word wins. When the same ID was edited differently in two rows of one file
 * (Contacts and No reason), the first edit wins and the second is kept in the note. An entry keeps
 * the day it was first recorded; a change sets the day it changed and is kept in the history.
 */
final class ReviewMerge {

  /**
   * The merged ledger, whether it differs from before, what was doubtful, for every entry the user
   * changed the report row it came from, and every change of a value.
   */
  record Result(
      List<Review> ledger,
      boolean changed,
      List<Problem> problems,
      Map<String, SourceRef> changedFrom,
      List<HistoryEntry> history) {}

  private final ReviewValues values = new ReviewValues();
  private final Claims claims = new Claims();

  /**
   * @param files the saved reports, newest first
   */
  Result merge(List<Review> ledger, List<PreviousReport> files, LocalDate today) {
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
    Set<String> clearedShown = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceRef> changedFrom = new LinkedHashMap<>();
    for (PreviousReport file : files) {
      Set<String> cleared = new HashSet<>();
      // rows with a dash first: a dash is always the user's, while the same contact's row on
      // another sheet may still show the value cleared
      List<ReviewRow> ordered = new ArrayList<>(file.rows());
      ordered.sort(Comparator.comparing(row -> !clearsAny(row)));
      for (ReviewRow row : ordered) {
        Review before = base.getOrDefault(row.id(), empty(row));
        Review current = merged.getOrDefault(row.id(), before);
        Review after =
            new RowEdit(values, claims, cleared, file.file(), before, current, row, problems)
                .apply();
        // a dash where the ledger has nothing clears what the report showed from a reasons list
        // among the inputs; the entry records that, so the older list does not bring it back
        if (!merged.containsKey(row.id()) && clearsAny(row)) {
          clearedShown.add(row.id());
          merged.put(row.id(), after);
          changedFrom.putIfAbsent(row.id(), row.source());
        } else if (!after.equals(current)) {
          merged.put(row.id(), after);
          changedFrom.putIfAbsent(row.id(), row.source());
        }
      }
    }
    List<HistoryEntry> history = new ArrayList<>();
    Map<String, Review> dated = new LinkedHashMap<>();
    merged.forEach(
        (id, entry) -> {
          Review was = base.get(id);
          if (was != null && entry.sameValues(was)) {
            dated.put(id, was.name().isEmpty() ? named(was, entry.name()) : was);
          } else if (was != null || !entry.isEmpty() || clearedShown.contains(id)) {
            dated.put(id, dated(was, entry, today));
            history.addAll(changes(was, entry, today, changedFrom.get(id)));
          }
        });
    List<Review> all = new ArrayList<>(dated.values());
    all.addAll(withoutId);
    return new Result(all, !dated.equals(base), problems, changedFrom, history);
  }

  /** The entry with the day it was first recorded kept, and today as the day of its change. */
  private static Review dated(Review was, Review now, LocalDate today) {
    return new Review(
        now.id(),
        now.key(),
        now.name(),
        now.reason(),
        now.decision(),
        now.note(),
        was == null ? today : was.recorded(),
        was == null ? null : today);
  }

  private static Review named(Review was, String name) {
    return new Review(
        was.id(),
        was.key(),
        name,
        was.reason(),
        was.decision(),
        was.note(),
        was.recorded(),
        was.changed());
  }

  /** Every value that differs between the ledger's entry and the merged one. */
  private List<HistoryEntry> changes(Review was, Review now, LocalDate today, SourceRef row) {
    Review old = was == null ? new Review(now.id(), "", "", null, null, "", null) : was;
    List<HistoryEntry> out = new ArrayList<>();
    add(out, "Reason", old, now, r -> r.reasonCode().map(Enum::name).orElse(""), today, row);
    add(out, "Decision", old, now, r -> r.decisionCode().map(Enum::name).orElse(""), today, row);
    add(out, "Note", old, now, Review::note, today, row);
    return out;
  }

  private void add(
      List<HistoryEntry> out,
      String field,
      Review was,
      Review now,
      Function<Review, String> value,
      LocalDate today,
      SourceRef row) {
    String before = value.apply(was);
    String after = value.apply(now);
    if (Objects.equals(before, after)) {
      return;
    }
    SourceRef source =
        claims
            .source(now.id(), field.toLowerCase(java.util.Locale.ROOT))
            .orElse(row == null ? SourceRef.wholeFile("") : row);
    out.add(new HistoryEntry(today, now.id(), now.name(), field, before, after, source));
  }

  /**
   * Two ledger entries of one ID (a ledger edited by hand): the later one's values win where it has
   * any, the earlier one's fill the gaps, and both notes are kept; the first day recorded and the
   * last day changed are kept.
   */
  static Review combined(Review earlier, Review later) {
    String note =
        earlier.note().isEmpty() || later.note().contains(earlier.note())
            ? later.note()
            : later.note().isEmpty() || earlier.note().contains(later.note())
                ? earlier.note()
                : earlier.note() + " | " + later.note();
    return new Review(
        later.id(),
        later.key().isEmpty() ? earlier.key() : later.key(),
        later.name().isEmpty() ? earlier.name() : later.name(),
        later.reason() != null ? later.reason() : earlier.reason(),
        later.decision() != null ? later.decision() : earlier.decision(),
        note,
        pick(earlier.recorded(), later.recorded(), false),
        pick(earlier.changed(), later.changed(), true));
  }

  private static LocalDate pick(LocalDate a, LocalDate b, boolean latest) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return (b.isAfter(a) == latest) ? b : a;
  }

  private boolean clearsAny(ReviewRow row) {
    return Stream.of(row.reasonCell(), row.decisionCell(), row.noteCell())
        .flatMap(Optional::stream)
        .anyMatch(values::clears);
  }

  private static Review empty(ReviewRow row) {
    return new Review(row.id(), "", row.name(), null, null, "", null);
  }
}
