package de.kontaktcharta.source.telegram;

import java.util.Objects;

/**
 * What reading one export gave, for the accounting: every message is used, no evidence, or listed
 * as a problem.
 *
 * @param file the file name as the caller gave it
 * @param kind what the file is
 * @param chats chats read
 * @param messages messages read (messages and service messages of every chat)
 * @param used messages and calls passed on
 * @param noEvidence messages of channels, bots, saved messages, and service messages other than
 *     calls
 * @param skipped messages left out, each with a problem
 * @param repaired invalid JSON repaired on the way ({@code \x..} escapes, unquoted values)
 * @param complete false when the file could not be read to its end (a problem says where)
 */
public record TelegramFileSummary(
    String file,
    TelegramFileKind kind,
    int chats,
    int messages,
    int used,
    int noEvidence,
    int skipped,
    int repaired,
    boolean complete) {

  public TelegramFileSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
  }
}
