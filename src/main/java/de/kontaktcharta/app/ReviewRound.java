package de.kontaktcharta.app;

import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.review.LedgerUpdate;
import de.kontaktcharta.review.PreviousReport;
import de.kontaktcharta.review.PreviousReportReader;
import de.kontaktcharta.review.ReviewStore;
import de.kontaktcharta.review.SavedReviews;
import de.kontaktcharta.source.reasons.ReasonsKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's way into a run: the reasons ledger, every review saved since it was last brought up
 * to date (or the one file given with {@code --previous}), merged; and the earlier report the
 * Changes sheet compares with.
 *
 * @param ledger the ledger with the reviews merged in
 * @param previous the earlier report for the Changes sheet
 * @param summaries the row accounting of the ledger and of each saved review read
 * @param problems what reading and merging found
 */
record ReviewRound(
    LedgerUpdate ledger,
    PreviousReport previous,
    List<InputSummary> summaries,
    List<Problem> problems) {

  static ReviewRound read(AnalyseSettings settings, ReviewStore store) {
    PreviousReportReader reader = new PreviousReportReader();
    List<Problem> problems = new ArrayList<>();
    List<InputSummary> summaries = new ArrayList<>();
    ReviewStore.Ledger ledger = store.load(settings.ledger());
    problems.addAll(ledger.problems());
    ledger.summary().ifPresent(summaries::add);
    SavedReviews saved;
    PreviousReport previous;
    if (settings.previous() != null) {
      previous = reader.read(settings.previous());
      saved = SavedReviews.of(previous);
      problems.addAll(previous.problems());
    } else {
      saved =
          SavedReviews.scan(
              settings.outDir(),
              settings.ledger(),
              LedgerUpdate.lastUpdate(settings.ledger()).orElse(null));
      problems.addAll(saved.problems());
      Path newest = reader.newest(settings.outDir(), settings.runDate()).orElse(null);
      previous =
          saved.files().stream()
              .filter(f -> f.file().equals(newest))
              .findFirst()
              .orElseGet(() -> newest == null ? PreviousReport.NONE : reader.read(newest));
    }
    saved.files().forEach(f -> summaries.add(summary(f)));
    LedgerUpdate update = LedgerUpdate.merge(ledger, saved, settings.runDate());
    problems.addAll(update.problems());
    return new ReviewRound(update, previous, summaries, problems);
  }

  /** A saved review's rows: each is read, or listed on Problems when not understood. */
  private static InputSummary summary(PreviousReport report) {
    long skipped = report.problems().stream().filter(Problem::rowSkipped).count();
    long rows = report.rows().size();
    return new InputSummary(
        report.file().toString(),
        ReasonsKind.KIND,
        "earlier report, review columns",
        rows + skipped,
        rows,
        skipped);
  }
}
