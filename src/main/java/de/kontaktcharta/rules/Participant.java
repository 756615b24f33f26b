package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One person in the messages of a channel, with where they were last seen. */
final class Participant {
  PersonRef person;

  /**
   * The person's identity keys, made once (and widened by what an export links to them); never
   * empty: a person with no key of their own (a one-word name such as a chat's "Mama") has one made
   * of the name as written.
   */
  List<MatchKey> keys;

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

  /**
   * Takes the names an export links to this person: their keys, and their name when this one has
   * none (an X account known by its number only).
   */
  void widen(PersonRef alias, List<MatchKey> more) {
    Set<MatchKey> all = new LinkedHashSet<>(keys);
    all.addAll(more);
    List<MatchKey> sorted = new ArrayList<>(all);
    sorted.sort(null);
    keys = List.copyOf(sorted);
    boolean named = !person.displayName().isEmpty();
    person =
        new PersonRef(
                named ? person.firstName() : alias.firstName(),
                named ? person.lastName() : alias.lastName(),
                named ? person.fullName() : alias.fullName(),
                person.company(),
                person.position(),
                person.emails(),
                person.profileUrls(),
                person.phones(),
                person.handles())
            .withChannels(alias.phones(), alias.handles());
  }

  void seen(int day, SourceRef source) {
    rows++;
    if (lastSource == null || day > lastDay) {
      lastDay = day;
      lastSource = source;
    }
  }
}
