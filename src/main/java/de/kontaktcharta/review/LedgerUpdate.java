package de.kontaktcharta.review;

import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reasons ledger of one run: as read, with the saved reviews merged in, and brought up to date
 * with the contacts' current IDs and keys.
 */
public final class LedgerUpdate {

  private final ReviewStore.Ledger ledger;
  private final List<Review> entries;
  private final Map<String, SourceRef> sources;
  private final List<Problem> problems;
  private final List<HistoryEntry> history;
  private final boolean changed;
  private final boolean reviewsComplete;

  private LedgerUpdate(
      ReviewStore.Ledger ledger,
      List<Review> entries,
      Map<String, SourceRef> sources,
      List<Problem> problems,
      List<HistoryEntry> history,
      boolean changed,
      boolean reviewsComplete) {
    this.ledger = ledger;
    this.entries = List.copyOf(entries);
    this.sources = Map.copyOf(sources);
    this.problems = List.copyOf(problems);
    this.history = List.copyOf(history);
    this.changed = changed;
    this.reviewsComplete = reviewsComplete;
  }

  public static LedgerUpdate merge(ReviewStore.Ledger ledger, SavedReviews saved, LocalDate today) {
    List<Review> read = new ArrayList<>();
    Map<String, SourceRef> sources = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (ManualFact m : ledger.entries()) {
      read.add(m.review());
      String id = m.review().id();
      SourceRef first = sources.putIfAbsent(id, m.source());
      if (first != null && !id.isEmpty()) {
        problems.add(
            Problem.note(
                m.source(),
                Severity.WARNING,
                Message.of("problem.ledger-duplicate-id", id, String.valueOf(first.line()))));
      }
    }
    ReviewMerge.Result merged = new ReviewMerge().merge(read, saved.files(), today);
    sources.putAll(merged.changedFrom());
    problems.addAll(merged.problems());
    return new LedgerUpdate(
        ledger,
        merged.ledger(),
        sources,
        problems,
        merged.history(),
        merged.changed(),
        saved.complete());
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The entries as manual facts for the assessment. */
  public List<ManualFact> facts() {
    List<ManualFact> facts = new ArrayList<>(entries.size());
    for (Review r : entries) {
      SourceRef source =
          sources.getOrDefault(r.id(), SourceRef.wholeFile(ledger.file().toString()));
      facts.add(new ManualFact(r, PersonRef.named(r.name()), source));
    }
    return facts;
  }

  /**
   * Entries found under another ID or without a key take the contact's current ID, key and name, so
   * that they keep finding their contact after a re-export. An entry new in the ledger that only
   * takes over what a reasons list among the inputs says keeps that list's day as its own.
   *
   * @param listed the entries of the reasons lists among the inputs
   */
  public LedgerUpdate withCurrentIds(Assessment assessment, List<ManualFact> listed) {
    Map<String, Contact> byReviewId = new HashMap<>();
    for (ContactAssessment a : assessment.contacts()) {
      if (!a.review().isEmpty() && !a.review().id().isEmpty()) {
        byReviewId.put(a.review().id(), a.contact());
      }
    }
    List<Review> updated = new ArrayList<>(entries.size());
    Map<String, SourceRef> newSources = new HashMap<>(sources);
    boolean any = false;
    for (Review r : entries) {
      Contact c = byReviewId.get(r.id());
      if (c == null) {
        updated.add(r);
        continue;
      }
      String key = c.keys().isEmpty() ? r.key() : c.keys().get(0).toString();
      Review now =
          new Review(
              c.id(),
              key,
              c.name(),
              r.reason(),
              r.decision(),
              r.note(),
              listedDay(r, c, listed).orElse(r.recorded()),
              r.changed());
      any |= !now.equals(r);
      if (!c.id().equals(r.id()) && sources.containsKey(r.id())) {
        newSources.put(c.id(), sources.get(r.id()));
      }
      updated.add(now);
    }
    return new LedgerUpdate(
        ledger, updated, newSources, problems, history, changed || any, reviewsComplete);
  }

  /**
   * The day a reasons list among the inputs recorded the same values for the contact, when the
   * entry is new in the ledger this run: taking it over from the report is no new decision.
   */
  private Optional<LocalDate> listedDay(Review r, Contact c, List<ManualFact> listed) {
    boolean isNew =
        ledger.entries().stream().noneMatch(m -> m.review().id().equals(r.id()))
            && r.changed() == null;
    if (!isNew) {
      return Optional.empty();
    }
    List<String> keys = c.keys().stream().map(Object::toString).toList();
    return listed.stream()
        .map(ManualFact::review)
        .filter(l -> l.recorded() != null && l.sameValues(r))
        .filter(l -> l.id().equals(c.id()) || l.id().equals(r.id()) || keys.contains(l.key()))
        .map(Review::recorded)
        .findFirst();
  }

  /**
   * The warning when the ledger should change but is kept as it is: rows of it could not be read,
   * or a saved review could not be read, and rewriting it would lose them.
   */
  public Optional<Problem> heldBack() {
    if (!changed || writable()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.note(
            SourceRef.wholeFile(ledger.file().toString()),
            Severity.WARNING,
            ledger.writable()
                ? Message.of("problem.ledger-not-updated.review")
                : Message.of("problem.ledger-not-updated.rows")));
  }

  private boolean writable() {
    return ledger.writable() && reviewsComplete;
  }

  /**
   * Replaces the ledger when something changed and nothing stands in the way, adds the changes to
   * its history, and marks the ledger as up to date with every review saved before {@code
   * reviewsRead}: the next run reads only files saved since.
   */
  public void save(ReviewStore store, FileTime reviewsRead) throws IOException {
    if (!writable()) {
      return;
    }
    if (changed) {
      // the history first: should the ledger fail, the next run finds the same edits again
      LedgerHistory.append(ledger.file(), history);
      store.save(ledger.file(), entries);
    }
    if (Files.exists(ledger.file())) {
      Files.setLastModifiedTime(ledger.file(), reviewsRead);
    }
  }

  /** The moment the ledger was last brought up to date with the saved reviews, if it exists. */
  public static Optional<FileTime> lastUpdate(Path ledger) {
    try {
      return Files.exists(ledger)
          ? Optional.of(Files.getLastModifiedTime(ledger))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The ledger's place. */
  public Path file() {
    return ledger.file();
  }
}
