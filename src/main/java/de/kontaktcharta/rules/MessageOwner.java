package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which people in a channel's messages are the owner: those whose profile, address, number or
 * account the inputs name as the owner's (LinkedIn's profile and address files, the charter's
 * {@code owner.emails} and {@code owner.phones}, a mailbox's delivery address, the author of a chat
 * who is not its title), else those whose name they give, else the one person in nearly every
 * message of the channel.
 */
final class MessageOwner {

  /** Owners as the inputs name them, as keys. */
  private final Set<MatchKey> strong = new HashSet<>();

  private final Set<MatchKey> names = new HashSet<>();

  MessageOwner(List<PersonRef> owners, Keys keys) {
    for (PersonRef owner : owners) {
      for (MatchKey key : ChannelTally.keysOf(owner, keys)) {
        (key.kind().strong() ? strong : names).add(key);
      }
    }
  }

  /** The owner's participants of the channel; empty when the owner cannot be told. */
  BitSet find(ChannelTally tally) {
    BitSet byKey = new BitSet();
    BitSet byName = new BitSet();
    List<Participant> participants = tally.participants;
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      if (p.same != id) {
        continue;
      }
      for (MatchKey key : p.keys) {
        if (strong.contains(key)) {
          byKey.set(id);
        } else if (key.kind() == KeyKind.NAME && names.contains(key)) {
          byName.set(id);
        }
      }
    }
    if (!byKey.isEmpty()) {
      return byKey;
    }
    return byName.isEmpty() ? inNearlyEvery(tally) : byName;
  }

  /**
   * The one person in at least nine of ten messages that name both sides; nobody when two tie (with
   * one conversation partner both sides are in every message, and the owner cannot be told) or when
   * no message names both sides (a chat where only the other person wrote).
   */
  private static BitSet inNearlyEvery(ChannelTally tally) {
    int[] rows = new int[tally.participants.size()];
    int[] twoSided = new int[1];
    tally.store.forEach(
        (file, day, sender, recipients, from, count) -> {
          int s = tally.root(sender);
          if (s < 0 || count == 0) {
            return;
          }
          twoSided[0]++;
          rows[s]++;
          for (int i = from; i < from + count; i++) {
            int r = tally.root(recipients[i]);
            if (r >= 0 && r != s) {
              rows[r]++;
            }
          }
        });
    int most = -1;
    boolean tie = false;
    for (int id = 0; id < rows.length; id++) {
      if (most < 0 || rows[id] > rows[most]) {
        most = id;
        tie = false;
      } else if (rows[id] == rows[most]) {
        tie = true;
      }
    }
    BitSet owner = new BitSet();
    if (most >= 0 && !tie && twoSided[0] > 0 && (long) rows[most] * 10 >= (long) twoSided[0] * 9) {
      owner.set(most);
    }
    return owner;
  }
}
