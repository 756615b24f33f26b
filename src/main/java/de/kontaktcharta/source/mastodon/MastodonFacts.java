package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.MessageTime;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of a Mastodon archive into the sink: the owner from {@code actor.json}, and each
 * direct post and reply of {@code outbox.json} as a message from the owner to the people it
 * addresses (a row). The archive holds only what the owner sent, so the charter counts these as
 * weak evidence at most. Public posts, boosts and notes to nobody are rows listed in one line.
 */
final class MastodonFacts implements DocumentReader {

  /** Addressees beyond which a direct post is a group message, as for mail. */
  static final int MAX_PERSONAL = 5;

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("owner", "check.source.mastodon-owner", -1),
        new ColumnUse("messages", "check.source.mastodon-messages", -1),
        new ColumnUse("addressed", "check.source.mastodon-addressed", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    String file = counter.file();
    Records records = new Records(counter, sink);
    MastodonFileSummary summary;
    try (Peek peek = detection.file().peek(16384)) {
      // a file given with --as that is none: read as an outbox, whose reader says what is wrong
      MastodonFileKind kind =
          MastodonDetector.detect(file, peek.head()).orElse(MastodonFileKind.OUTBOX);
      summary = new MastodonReader().read(kind, peek.stream(), file, records);
    }
    if (summary.noEvidence() > 0) {
      counter.skipped(
          Problem.skippedRows(
              SourceRef.wholeFile(file),
              Severity.INFO,
              Message.of("problem.mastodon-no-exchange", summary.noEvidence()),
              summary.noEvidence()));
    }
  }

  /** Facts, the owner and row counts of one file. */
  private static final class Records implements MastodonSink {
    private final RowCounter counter;
    private final InputSink sink;

    Records(RowCounter counter, InputSink sink) {
      this.counter = counter;
      this.sink = sink;
    }

    @Override
    public void owner(MastodonOwner owner) {
      sink.owner(
          new PersonRef(
              "",
              "",
              owner.displayName(),
              "",
              "",
              List.of(),
              List.of(),
              List.of(),
              List.of(account(owner.handle()))),
          owner.source());
      counter.used();
    }

    @Override
    public void post(MastodonPost post) {
      List<PersonRef> to = new ArrayList<>(post.addressed().size());
      for (MastodonAccount a : post.addressed()) {
        to.add(person(a.handle().isEmpty() ? a.uri() : account(a.handle())));
      }
      String author = Handles.authorOf(post.statusUri());
      String handle = author == null ? "" : Handles.fromUri(author);
      PersonRef sender = person(handle.isEmpty() ? "" : account(handle));
      sink.fact(
          new MessageFact(
              Channel.MASTODON,
              sender,
              to,
              MessageTime.of(post.published()),
              to.size() > MAX_PERSONAL,
              false,
              post.conversation(),
              post.statusUri(),
              "",
              post.source()));
      counter.used();
    }

    @Override
    public void problem(Problem p) {
      if (p.rowSkipped()) {
        counter.skipped(p);
      } else {
        counter.note(p);
      }
    }
  }

  private static String account(String handle) {
    return "mastodon:" + handle;
  }

  private static PersonRef person(String handle) {
    return new PersonRef(
        "",
        "",
        "",
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        handle.isEmpty() ? List.of() : List.of(handle));
  }
}
