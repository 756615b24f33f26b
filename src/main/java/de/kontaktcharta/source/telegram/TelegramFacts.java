package de.kontaktcharta.source.telegram;

import de.kontaktcharta.input.file.Peek;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.util.List;

/**
 * Reads a Telegram export into the sink: every message or call of a personal chat or a group is a
 * message fact (a row); messages of channels, bots and saved messages and Telegram's own notices
 * are rows listed in one line. The owner comes from {@code personal_information}, or is the one who
 * writes in a personal chat besides the chat's person; saved contacts link a user to a phone
 * number.
 */
final class TelegramFacts implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("owner", "check.source.telegram-owner", -1),
        new ColumnUse("phone numbers", "check.source.telegram-phone-numbers", -1),
        new ColumnUse("messages", "check.source.telegram-messages", -1),
        new ColumnUse("other side", "check.source.telegram-other-side", -1),
        new ColumnUse("group", "check.source.telegram-group", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    TelegramFileKind kind;
    TelegramRecords records = new TelegramRecords(counter, sink);
    TelegramFileSummary summary;
    try (Peek peek = detection.file().peek(8192)) {
      // a file given with --as that is none: read as a chat, its reader says what is wrong
      kind = TelegramDetector.detect(peek.head()).orElse(TelegramFileKind.SINGLE_CHAT);
      summary = new TelegramReader().read(kind, peek.stream(), counter.file(), records);
    }
    records.finish(summary);
  }
}
