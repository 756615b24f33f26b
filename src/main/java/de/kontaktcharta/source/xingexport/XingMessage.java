package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One message of a XING conversation, without its text. Who the owner is, is not in the file:
 * compare {@code sender} with the owner's name (see {@link XingOwnerTally}) to tell the direction.
 *
 * @param conversationKey stable per conversation: derived from its participants, subject and start
 *     (the subject itself is not kept)
 * @param participants everyone in the conversation: the names of its conversation row and every
 *     sender seen in it
 * @param sender the full name of the writer
 * @param recipients the other participants; empty when XING dropped the other person (deactivated
 *     accounts leave the participant list)
 * @param sentAt when it was sent
 * @param group true when more than two people take part; only one-to-one messages count as exchange
 * @param source file and line of the message row
 * @param conversationSource file and line of the conversation row
 */
public record XingMessage(
    String conversationKey,
    List<String> participants,
    String sender,
    List<String> recipients,
    XingTime sentAt,
    boolean group,
    SourceRef source,
    SourceRef conversationSource) {

  public XingMessage {
    Objects.requireNonNull(conversationKey, "conversationKey");
    participants = List.copyOf(participants);
    Objects.requireNonNull(sender, "sender");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(conversationSource, "conversationSource");
  }
}
