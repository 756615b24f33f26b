package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.MessageTime;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file of XING's data export into the sink: each contact as a XING network entry with the
 * day it was confirmed, each note as the owner's note about the person, each message as a message
 * fact. The owner is not marked in the export: the name in every conversation is taken for them.
 */
final class XingExportFacts implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("contact", "check.source.xing-contact", -1),
        new ColumnUse("note", "check.source.xing-note", -1),
        new ColumnUse("messages", "check.source.xing-messages", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    String file = counter.file();
    XingRows<?> rows;
    XingReadSummary summary;
    try (Peek peek = detection.file().peek(XingExportDetector.HEAD_BYTES)) {
      byte[] head = peek.head();
      // a file given with --as that is none: read as messages, whose reader says what is wrong
      XingDetection what =
          XingExportDetector.detect(file, head, head.length)
              .orElse(new XingDetection(XingFileKind.MESSAGES, Message.NONE));
      XingFileKind kind = what.kind();
      if (kind == XingFileKind.UNKNOWN || kind == XingFileKind.HTML_VIEW) {
        // the export's layout is known from one parser only: what it holds besides is named
        counter.skipped(
            Problem.skippedRows(SourceRef.wholeFile(file), Severity.WARNING, what.reason(), 1));
        return;
      }
      InputStream in = peek.stream();
      switch (kind) {
        case CONTACTS -> {
          XingRows<XingContact> contacts = new XingRows<>(counter, c -> contact(c, sink));
          summary = new XingContactsReader().read(in, file, contacts);
          rows = contacts;
        }
        case NOTES -> {
          XingRows<XingNote> notes = new XingRows<>(counter, n -> note(n, sink));
          summary = new XingNotesReader().read(in, file, notes);
          rows = notes;
        }
        default -> {
          Conversations messages = new Conversations(sink);
          XingRows<XingMessage> tally = new XingRows<>(counter, messages::message);
          summary = new XingMessagesReader().read(in, file, tally);
          messages.finish(SourceRef.wholeFile(file));
          rows = tally;
        }
      }
    }
    rows.finish(summary);
  }

  private static void contact(XingContact c, InputSink sink) {
    sink.network(
        new NetworkEntry(
            PersonRef.named(c.name()),
            c.confirmedAt() == null ? null : c.confirmedAt().date(),
            Platform.XING,
            XingExportKind.KIND,
            c.source()));
  }

  private static void note(XingNote n, InputSink sink) {
    sink.fact(
        new NoteFact(
            PersonRef.named(n.name()),
            Platform.XING,
            n.createdAt() == null ? null : n.createdAt().date(),
            n.text(),
            n.source()));
  }

  /** The messages of a file, and the owner: the one name in every conversation. */
  private static final class Conversations {
    private final InputSink sink;
    private final XingOwnerTally owner = new XingOwnerTally();

    Conversations(InputSink sink) {
      this.sink = sink;
    }

    void message(XingMessage m) {
      owner.add(m);
      List<PersonRef> to = new ArrayList<>(m.recipients().size());
      m.recipients().forEach(r -> to.add(PersonRef.named(r)));
      XingTime t = m.sentAt();
      sink.fact(
          new MessageFact(
              Channel.XING,
              PersonRef.named(m.sender()),
              to,
              t.exact() ? MessageTime.of(t.instant()) : MessageTime.local(t.local()),
              m.group(),
              false,
              m.conversationKey(),
              // the same conversation in two downloads counts once
              m.conversationKey() + "|" + m.sender() + "|" + t,
              "",
              m.source()));
    }

    void finish(SourceRef file) {
      Optional<XingOwnerGuess> guess = owner.owner();
      if (guess.isPresent() && guess.get().certain()) {
        sink.owner(PersonRef.named(guess.get().name()), file);
      }
    }
  }
}
