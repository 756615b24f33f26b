package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One partner in the messages, with what was counted of them. */
final class Participant {
  final PersonRef person;

  /** The person's identity keys, made once; never empty. */
  final List<MatchKey> keys;

  /** The participant this one was found to be, when named once with and once without a link. */
  int same;

  int rows;
  int[] sent = new int[4];
  int sentCount;
  long[] received = new long[4];
  int receivedCount;
  int lastDay = Integer.MIN_VALUE;
  SourceRef lastSource;
  final Map<ReasonCode, Evidence> hints = new EnumMap<>(ReasonCode.class);

  Participant(PersonRef person, List<MatchKey> keys, int id) {
    this.person = person;
    this.keys = keys;
    this.same = id;
  }

  /** Takes over what was counted for the same person under a name alone. */
  void absorb(Participant other) {
    for (int i = 0; i < other.sentCount; i++) {
      sent(other.sent[i]);
    }
    for (int i = 0; i < other.receivedCount; i++) {
      if (receivedCount == received.length) {
        received = Arrays.copyOf(received, receivedCount * 2);
      }
      received[receivedCount++] = other.received[i];
    }
    rows += other.rows;
    if (other.lastSource != null && (lastSource == null || other.lastDay > lastDay)) {
      lastDay = other.lastDay;
      lastSource = other.lastSource;
    }
    other.hints.values().forEach(e -> MessageTally.keepNewest(hints, e));
  }

  void sent(int day) {
    if (sentCount == sent.length) {
      sent = Arrays.copyOf(sent, sentCount * 2);
    }
    sent[sentCount++] = day;
  }

  void received(int sender, int day) {
    if (receivedCount == received.length) {
      received = Arrays.copyOf(received, receivedCount * 2);
    }
    received[receivedCount++] = ((long) sender << 32) | (day & 0xffffffffL);
  }

  void seen(int day, SourceRef source) {
    rows++;
    if (lastSource == null || day > lastDay) {
      lastDay = day;
      lastSource = source;
    }
  }
}
