package de.kontaktcharta.rules;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of every channel once all files are read: the owner of each channel, one count per
 * channel and partner (as findings, to be attributed), and afterwards the accounting of the
 * messages that counted for nobody.
 */
public final class MessageEvidence {

  private final Map<Channel, ChannelTally> channels;
  private final List<MessageFile> files;
  private final Map<Channel, BitSet> owners = new EnumMap<>(Channel.class);
  private final Map<Channel, Integer> base = new EnumMap<>(Channel.class);
  private final List<Finding> findings = new ArrayList<>();

  MessageEvidence(
      Map<Channel, ChannelTally> channels,
      List<MessageFile> files,
      MessageOwner owner,
      LocalDate today,
      Charter.Thresholds t) {
    this.channels = channels;
    this.files = files;
    int next = 0;
    int from = (int) today.minusDays(t.exchangeWindowDays()).toEpochDay();
    int to = (int) today.toEpochDay();
    for (Map.Entry<Channel, ChannelTally> entry : channels.entrySet()) {
      ChannelTally tally = entry.getValue();
      tally.joinNamesOnly();
      BitSet own = owner.find(tally);
      owners.put(entry.getKey(), own);
      base.put(entry.getKey(), next);
      markOwnerUnknown(tally, own);
      new ExchangeCounting(entry.getKey(), tally, own, next, files).count(from, to, findings);
      next += tally.participants.size();
    }
  }

  /** A file none of whose one-to-one messages is from or to the owner counts for nobody. */
  private void markOwnerUnknown(ChannelTally tally, BitSet own) {
    BitSet stored = new BitSet();
    BitSet withOwner = new BitSet();
    tally.store.forEach(
        (file, day, sender, recipients, from, count) -> {
          if (withOwner.get(file)) {
            // one message with the owner settles the file: the rest are not looked at
            return;
          }
          stored.set(file);
          int s = tally.root(sender);
          boolean owned = s >= 0 && own.get(s);
          for (int i = from; !owned && i < from + count; i++) {
            owned = own.get(tally.root(recipients[i]));
          }
          if (owned) {
            withOwner.set(file);
          }
        });
    stored.andNot(withOwner);
    stored.stream().forEach(f -> files.get(f).ownerUnknown = true);
  }

  /** The findings: one per channel and partner with messages each way or one, and word hints. */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether a finding's partner counted for anybody is recorded here by the attribution. */
  public Credits credits() {
    return credits;
  }

  private final Credits credits = new Credits();

  /** The messages that counted for nobody, one Problems line per file and reason. */
  public MessageUse use() {
    for (Map.Entry<Channel, ChannelTally> entry : channels.entrySet()) {
      new ExchangeCounting(
              entry.getKey(),
              entry.getValue(),
              owners.get(entry.getKey()),
              base.get(entry.getKey()),
              files)
          .account(credits);
    }
    return MessageUse.of(files);
  }

  /** The evidence of one contact's counts. */
  static List<Evidence> evidence(List<ExchangeCount> counts, Charter.Thresholds t) {
    return ExchangeRule.evidence(counts, t.exchangeMinMessages());
  }

  /** Where a partner was last seen, for a finding without a dated message. */
  static SourceRef sourceOf(Participant p, String file) {
    return p.lastSource != null ? p.lastSource : SourceRef.wholeFile(file);
  }
}
