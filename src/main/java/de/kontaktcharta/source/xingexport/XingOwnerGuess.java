package de.kontaktcharta.source.xingexport;

/**
 * Who the export's owner probably is. The files do not name the owner; the owner takes part in
 * every conversation and usually writes the most.
 *
 * @param name the owner's full name as XING writes it
 * @param conversations conversations the name takes part in
 * @param ofConversations conversations seen
 * @param sent messages the name sent
 * @param certain true when the name is in every one of at least two conversations and no other name
 *     is
 */
public record XingOwnerGuess(
    String name, int conversations, int ofConversations, int sent, boolean certain) {}
