package de.kontaktcharta.source.mail;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a mailbox or message file as e-mail messages: every message becomes one message fact (who
 * wrote to whom, when, whether to many or in bulk) and counts as a row; bodies are never read. A
 * mailbox of any size streams through in constant memory.
 */
final class MailReader implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("sender", "From", -1),
        new ColumnUse("recipients", "check.source.mail-recipients", -1),
        new ColumnUse("date", "check.source.mail-date", -1),
        new ColumnUse(
            "bulk", "List-Id, List-Unsubscribe, Precedence, Auto-Submitted, no-reply", -1),
        new ColumnUse("thread, copies", "Message-ID, References, In-Reply-To, X-GM-THRID", -1),
        new ColumnUse("owner", "Delivered-To", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    MailFacts facts = new MailFacts(counter, sink);
    String file = counter.file();
    try (Peek peek = detection.file().peek(MailDetector.HEAD_BYTES)) {
      byte[] head = peek.head();
      MailFormat format = MailDetector.detect(head, head.length).orElse(MailFormat.MBOX);
      InputStream in = peek.stream();
      switch (format) {
        case EML:
          new MessageFileReader().readEml(in, file, facts);
          break;
        case EMLX:
          new MessageFileReader().readEmlx(in, file, facts);
          break;
        case MORK_INDEX:
          // given as mail with --as: an index holds no message, which the empty note says
          break;
        default:
          new MboxReader().read(in, file, facts);
      }
    }
    facts.finish();
  }
}
