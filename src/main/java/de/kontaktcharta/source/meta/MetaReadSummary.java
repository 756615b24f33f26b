package de.kontaktcharta.source.meta;

/**
 * The accounting of one file: every message object is either used or skipped (and then named in a
 * problem), so {@code messages == used + skipped}. A file whose end could not be read counts that
 * unread rest as one skipped entry.
 *
 * @param file the file's display name
 * @param messages message objects met, plus one for an unread rest
 * @param used message objects handed on as messages
 * @param skipped message objects (or an unread rest) not used, each covered by a problem
 * @param problems problems handed to the sink
 */
public record MetaReadSummary(String file, int messages, int used, int skipped, int problems) {}
