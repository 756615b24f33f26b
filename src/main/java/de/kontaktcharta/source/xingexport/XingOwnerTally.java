package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.source.ConversationOwners;
import java.util.Optional;

/**
 * Infers the owner from the messages: the name in the most conversations, ties going to the one who
 * sent more. Feed it every message of the export's messages files, then ask.
 */
public final class XingOwnerTally {

  private final ConversationOwners owners = new ConversationOwners();

  public void add(XingMessage message) {
    owners.add(message.conversationKey(), message.participants(), message.sender());
  }

  /** The best guess, or empty when no message was seen. */
  public Optional<XingOwnerGuess> owner() {
    return owners
        .owner()
        .map(
            g ->
                new XingOwnerGuess(
                    g.name(), g.conversations(), g.ofConversations(), g.sent(), g.certain()));
  }
}
