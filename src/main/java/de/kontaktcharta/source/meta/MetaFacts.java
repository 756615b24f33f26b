package de.kontaktcharta.source.meta;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file of a Facebook or Instagram export into the sink: a thread's messages as message
 * facts (rows), the profile as the owner, an HTML thread as one row that cannot be read. The path
 * (the folders and the archive's name) tells Facebook from Instagram; where it does not, the
 * messages count as Facebook's.
 */
final class MetaFacts implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("messages", "check.source.meta-messages", -1),
        new ColumnUse("other side", "check.source.meta-other-side", -1),
        new ColumnUse("group", "check.source.meta-group", -1),
        new ColumnUse("owner", "check.source.meta-owner", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    String file = counter.file();
    try (Peek peek = detection.file().peek(MetaDetector.HEAD_BYTES)) {
      byte[] head = peek.head();
      // a file given with --as that is none: read as a thread, whose reader says what is wrong
      MetaDetection what =
          MetaDetector.detect(file, head, head.length)
              .orElse(new MetaDetection(MetaFileKind.THREAD, MetaPlatform.UNKNOWN, ""));
      switch (what.kind()) {
        case PROFILE -> profile(peek.stream(), counter, sink);
        case HTML_MESSAGES ->
            counter.skipped(
                Problem.skippedRows(
                    SourceRef.wholeFile(file),
                    Severity.WARNING,
                    Message.of("problem.meta-html-export"),
                    1));
        case OTHER ->
            counter.note(
                Problem.note(
                    SourceRef.wholeFile(file), Severity.INFO, Message.of("problem.meta-not-read")));
        default -> {
          MetaRecords records = new MetaRecords(counter, sink, what.platform());
          new MetaMessagesReader().read(peek.stream(), file, records);
          records.finish();
        }
      }
    }
  }

  private static void profile(InputStream in, RowCounter counter, InputSink sink)
      throws IOException {
    Optional<MetaOwner> owner = new MetaProfileReader().read(in, counter.file(), counter::note);
    owner.ifPresent(
        o -> {
          sink.owner(PersonRef.named(o.name()), o.source());
          counter.used();
        });
  }
}
