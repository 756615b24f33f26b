package de.kontaktcharta.review;

import de.kontaktcharta.input.Inputs;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.reasons.ReasonsKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reasons ledger {@code reasons.csv} in the output folder: read at the start of every run,
 * replaced atomically at its end when something changed. A ledger that cannot be read is never
 * overwritten.
 */
public final class ReviewStore {

  /** The ledger as read: its entries with their lines, and whether it may be rewritten. */
  /**
   * The reasons ledger as read.
   *
   * @param summary its row accounting for the Summary sheet, empty when there is no ledger yet or
   *     it could not be read
   */
  public record Ledger(
      Path file,
      List<ManualFact> entries,
      List<Problem> problems,
      boolean writable,
      Optional<InputSummary> summary) {}

  private final Inputs inputs;

  public ReviewStore(Inputs inputs) {
    this.inputs = inputs;
  }

  public Ledger load(Path file) {
    if (!Files.exists(file)) {
      return new Ledger(file, List.of(), List.of(), true, Optional.empty());
    }
    LedgerSink sink = new LedgerSink();
    Inputs.Reading reading = inputs.readOne(file, ReasonsKind.KIND, sink);
    List<ManualFact> entries = sink.entries;
    List<Problem> problems = sink.problems;
    if (reading.summaries().isEmpty()) {
      problems.add(
          Problem.note(
              SourceRef.wholeFile(file.toString()),
              Severity.ERROR,
              Message.of(
                  "problem.ledger-unreadable",
                  reading.detections().stream()
                      .map(Detection::note)
                      .findFirst()
                      .orElse(
                          Files.isDirectory(file)
                              ? Message.of("cause.folder")
                              : Message.of("cause.not-found")))));
      return new Ledger(file, List.of(), problems, false, Optional.empty());
    }
    InputSummary summary = reading.summaries().get(0);
    boolean broken =
        problems.stream().anyMatch(p -> p.severity() == Severity.ERROR || p.rowSkipped());
    return new Ledger(file, entries, problems, !broken, Optional.of(summary));
  }

  /** Keeps the ledger's entries and problems; a ledger names no network, invitations or owner. */
  private static final class LedgerSink implements InputSink, Fact.Visitor<Void> {
    final List<ManualFact> entries = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void network(NetworkEntry entry) {}

    @Override
    public void invitation(Invitation invitation) {}

    @Override
    public void owner(PersonRef owner, SourceRef source) {}

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    @Override
    public void fact(Fact fact) {
      fact.accept(this);
    }

    @Override
    public Void manual(ManualFact fact) {
      entries.add(fact);
      return null;
    }

    // The reasons reader makes manual facts only.

    @Override
    public Void message(MessageFact fact) {
      return null;
    }

    @Override
    public Void endorsement(EndorsementFact fact) {
      return null;
    }

    @Override
    public Void recommendation(RecommendationFact fact) {
      return null;
    }

    @Override
    public Void relation(RelationFact fact) {
      return null;
    }

    @Override
    public Void meeting(MeetingFact fact) {
      return null;
    }

    @Override
    public Void interaction(InteractionFact fact) {
      return null;
    }

    @Override
    public Void note(NoteFact fact) {
      return null;
    }
  }

  /** Writes the ledger; keeps {@code reasons.csv.bak}. */
  void save(Path file, List<Review> entries) throws IOException {
    new LedgerWriter().write(file, entries);
  }
}
