package de.kontaktcharta.rules;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/**
 * One walk over a channel's one-to-one messages with its owner known: a message from the owner
 * counts for each recipient who is not the owner, a message to the owner for its sender. The first
 * walk counts per partner; the second, once the partners are attributed, says for each message
 * whether it counted for anybody.
 */
final class ExchangeCounting {

  private final Channel channel;
  private final ChannelTally tally;
  private final BitSet owner;
  private final int base;
  private final List<MessageFile> files;
  private int[] partners = new int[8];
  private int partnerCount;

  /** What a message is to the owner. */
  private enum Way {
    OUT,
    IN,
    /** From the owner to nobody else. */
    ALONE,
    /** Neither from nor to the owner. */
    NONE
  }

  ExchangeCounting(
      Channel channel, ChannelTally tally, BitSet owner, int base, List<MessageFile> files) {
    this.channel = channel;
    this.tally = tally;
    this.owner = owner;
    this.base = base;
    this.files = files;
  }

  private Way way(int sender, int[] recipients, int from, int count) {
    partnerCount = 0;
    int s = tally.root(sender);
    if (s >= 0 && owner.get(s)) {
      for (int i = from; i < from + count; i++) {
        int r = tally.root(recipients[i]);
        if (!owner.get(r) && !taken(r)) {
          partners[partnerCount++] = r;
        }
      }
      return partnerCount == 0 ? Way.ALONE : Way.OUT;
    }
    for (int i = from; i < from + count; i++) {
      if (owner.get(tally.root(recipients[i]))) {
        if (s >= 0) {
          partners[partnerCount++] = s;
          return Way.IN;
        }
        return Way.NONE;
      }
    }
    return Way.NONE;
  }

  private boolean taken(int id) {
    for (int i = 0; i < partnerCount; i++) {
      if (partners[i] == id) {
        return true;
      }
    }
    if (partnerCount == partners.length) {
      partners = java.util.Arrays.copyOf(partners, partnerCount * 2);
    }
    return false;
  }

  /** Counts each way per partner and adds one finding per partner, with the word hints. */
  void count(int windowFrom, int windowTo, List<Finding> findings) {
    if (owner.isEmpty()) {
      return;
    }
    int n = tally.participants.size();
    int[][] c = new int[6][n]; // theirs, mine, theirs in window, mine in window, first, last
    java.util.Arrays.fill(c[4], Integer.MAX_VALUE);
    java.util.Arrays.fill(c[5], MessageStore.NO_DAY);
    tally.store.forEach(
        (file, day, sender, recipients, from, count) -> {
          if (files.get(file).ownerUnknown) {
            return;
          }
          Way way = way(sender, recipients, from, count);
          if (way != Way.OUT && way != Way.IN) {
            return;
          }
          boolean inWindow = day != MessageStore.NO_DAY && day >= windowFrom && day <= windowTo;
          int side = way == Way.IN ? 0 : 1;
          for (int i = 0; i < partnerCount; i++) {
            int p = partners[i];
            c[side][p]++;
            c[side + 2][p] += inWindow ? 1 : 0;
            if (day != MessageStore.NO_DAY) {
              c[4][p] = Math.min(c[4][p], day);
              c[5][p] = Math.max(c[5][p], day);
            }
          }
        });
    for (int id = 0; id < n; id++) {
      Participant p = tally.participants.get(id);
      if (p.same != id || owner.get(id)) {
        continue;
      }
      if (c[0][id] + c[1][id] > 0) {
        ExchangeCount count =
            new ExchangeCount(
                channel,
                base + id,
                c[0][id],
                c[1][id],
                c[2][id],
                c[3][id],
                day(c[4][id] == Integer.MAX_VALUE ? MessageStore.NO_DAY : c[4][id]),
                day(c[5][id]),
                MessageEvidence.sourceOf(p, ""));
        findings.add(Finding.exchange(p.person, p.keys, count, provisional(count)));
      }
      for (Evidence hint : p.hints.values()) {
        findings.add(Finding.withKeys(p.person, p.keys, hint));
      }
    }
  }

  /** The evidence shown where a count is named before it is attributed (an ambiguous name). */
  private static Evidence provisional(ExchangeCount count) {
    return new Evidence(
        ReasonCode.EXCHANGE,
        Strength.WEAK,
        count.last(),
        count.source(),
        ExchangeRule.RULE,
        ExchangeRule.detail(count, count.theirsInWindow(), count.mineInWindow()),
        false);
  }

  private static LocalDate day(int day) {
    return day == MessageStore.NO_DAY ? null : LocalDate.ofEpochDay(day);
  }

  /** Says of each message of the channel whether it counted for anybody, and if not, why. */
  void account(Credits credits) {
    tally.store.forEach(
        (file, day, sender, recipients, from, count) -> {
          MessageFile f = files.get(file);
          if (f.ownerUnknown) {
            f.ownerless++;
            return;
          }
          Way way = owner.isEmpty() ? Way.NONE : way(sender, recipients, from, count);
          if (way == Way.NONE) {
            f.withoutOwner++;
          } else if (way == Way.ALONE) {
            f.withoutPartner++;
          } else {
            settle(f, credits);
          }
        });
  }

  private void settle(MessageFile f, Credits credits) {
    boolean ambiguous = false;
    for (int i = 0; i < partnerCount; i++) {
      if (credits.isCredited(base + partners[i])) {
        return;
      }
      ambiguous |= credits.isAmbiguous(base + partners[i]);
    }
    if (ambiguous) {
      f.ambiguous++;
      return;
    }
    f.unmatched++;
    for (int i = 0; i < partnerCount; i++) {
      f.unmatchedPeople.add(base + partners[i]);
      if (f.unmatchedNames.size() < MessageUse.NAMES_SHOWN) {
        f.unmatchedNames.add(tally.participants.get(partners[i]).person.label());
      }
    }
  }
}
