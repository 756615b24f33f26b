package de.kontaktcharta.source.meta;

/**
 * Who the owner of an export probably is, when no profile file names them: the one name in the
 * participant list of every thread.
 *
 * @param name the display name
 * @param threads threads whose participants include the name
 * @param ofThreads threads seen
 * @param certain true when the name is in every one of at least two threads and no other name is
 */
public record MetaOwnerGuess(String name, int threads, int ofThreads, boolean certain) {}
