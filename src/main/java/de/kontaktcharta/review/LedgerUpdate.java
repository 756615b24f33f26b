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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reasons ledger of one run: as read, with the previous report's review merged in, and brought
 * up to date with the contacts' current IDs and keys.
 */
public final class LedgerUpdate {

  private final ReviewStore.Ledger ledger;
  private final List<Review> entries;
  private final Map<String, SourceRef> sources;
  private final List<Problem> problems;
  private final boolean changed;

  private LedgerUpdate(
      ReviewStore.Ledger ledger,
      List<Review> entries,
      Map<String, SourceRef> sources,
      List<Problem> problems,
      boolean changed) {
    this.ledger = ledger;
    this.entries = List.copyOf(entries);
    this.sources = Map.copyOf(sources);
    this.problems = List.copyOf(problems);
    this.changed = changed;
  }

  public static LedgerUpdate merge(
      ReviewStore.Ledger ledger, PreviousReport previous, java.time.LocalDate today) {
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
    ReviewMerge.Result merged = new ReviewMerge().merge(read, previous.rows(), today);
    sources.putAll(merged.changedFrom());
    problems.addAll(merged.problems());
    return new LedgerUpdate(ledger, merged.ledger(), sources, problems, merged.changed());
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
   * that they keep finding their contact after a re-export.
   */
  public LedgerUpdate withCurrentIds(Assessment assessment) {
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
          new Review(c.id(), key, c.name(), r.reason(), r.decision(), r.note(), r.recorded());
      any |= !now.equals(r);
      if (!c.id().equals(r.id()) && sources.containsKey(r.id())) {
        newSources.put(c.id(), sources.get(r.id()));
      }
      updated.add(now);
    }
    return new LedgerUpdate(ledger, updated, newSources, problems, changed || any);
  }

  /**
   * The warning when the ledger should change but is kept as it is, because rows of it could not be
   * read and rewriting it would drop them.
   */
  public Optional<Problem> heldBack() {
    if (!changed || ledger.writable()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.note(
            SourceRef.wholeFile(ledger.file().toString()),
            Severity.WARNING,
            Message.of("problem.ledger-not-updated")));
  }

  /** Replaces the ledger when something changed and the old one could be read completely. */
  public void save(ReviewStore store) throws IOException {
    if (!changed || !ledger.writable()) {
      return;
    }
    store.save(ledger.file(), entries);
  }

  /** The ledger's place. */
  public Path file() {
    return ledger.file();
  }
}
