package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One person in the messages of a channel, with where they were last seen. */
final class Participant {
  final PersonRef person;

  /**
   * The person's identity keys, made once; never empty: a person with no key of their own (a
   * one-word name such as a chat's "Mama") has one made of the name as written.
   */
  final List<MatchKey> keys;

  /** The participant this one was found to be, when named once with and once without a link. */
  int same;

  /** Messages this participant sent or received. */
  int rows;

  int lastDay = MessageStore.NO_DAY;
  SourceRef lastSource;
  final Map<ReasonCode, Evidence> hints = new EnumMap<>(ReasonCode.class);

  Participant(PersonRef person, List<MatchKey> keys, int id) {
    this.person = person;
    this.keys = keys;
    this.same = id;
  }

  /** Takes over what was counted for the same person under a name alone. */
  void absorb(Participant other) {
    rows += other.rows;
    if (other.lastSource != null && (lastSource == null || other.lastDay > lastDay)) {
      lastDay = other.lastDay;
      lastSource = other.lastSource;
    }
    other.hints.values().forEach(e -> ChannelTally.keepNewest(hints, e));
  }

  void seen(int day, SourceRef source) {
    rows++;
    if (lastSource == null || day > lastDay) {
      lastDay = day;
      lastSource = source;
    }
  }
}
