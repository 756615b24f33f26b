package de.kontaktcharta.source.meta;

import java.time.Instant;

/**
 * A message read from a file and held until the file's thread is known.
 *
 * @param sender the repaired display name
 * @param sentAt when
 * @param kind what it is
 * @param rawType Meta's type, or null
 * @param number 1-based position in the file's messages array
 * @param line the line of the message object
 */
record PendingMessage(
    String sender, Instant sentAt, MetaMessageKind kind, String rawType, int number, int line) {}
