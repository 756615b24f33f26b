package de.kontaktcharta.source.meta;

import de.kontaktcharta.source.ConversationOwners;
import java.util.Optional;

/**
 * Infers the owner from the threads: the name in the most threads, ties going to the one who sent
 * more. Feed it every message of the export (Facebook and Instagram apart), then ask.
 */
public final class MetaOwnerTally {

  private final ConversationOwners owners = new ConversationOwners();

  public void add(MetaMessage message) {
    owners.add(message.conversationKey(), message.participants(), message.sender());
  }

  /** The best guess, or empty when no message was seen. */
  public Optional<MetaOwnerGuess> owner() {
    return owners
        .owner()
        .map(
            g -> new MetaOwnerGuess(g.name(), g.conversations(), g.ofConversations(), g.certain()));
  }
}
