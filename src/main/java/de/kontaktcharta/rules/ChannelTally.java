package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.model.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people and one-to-one messages of one channel. A person is looked up by the link, address,
 * number or name as written first, so that their keys are made once per person, not once per
 * message.
 */
final class ChannelTally {

  private final Keys keys;
  private final TextRules rules;
  private final FoldedText folded = new FoldedText();
  private final Map<String, Integer> byRaw = new HashMap<>();
  private final Map<MatchKey, Integer> byKey = new HashMap<>();
  final List<Participant> participants = new ArrayList<>();
  final MessageStore store = new MessageStore();
  private int[] scratch = new int[8];

  ChannelTally(Keys keys, TextRules rules) {
    this.keys = keys;
    this.rules = rules;
  }

  /** Keeps a one-to-one message; its people are counted as seen. */
  void add(MessageFact message, int file) {
    int day = message.date() == null ? MessageStore.NO_DAY : (int) message.date().toEpochDay();
    int sender = participant(message.sender());
    if (sender >= 0) {
      participants.get(sender).seen(day, message.source());
    }
    if (scratch.length < message.recipients().size()) {
      scratch = new int[message.recipients().size()];
    }
    int count = 0;
    for (PersonRef recipient : message.recipients()) {
      int r = participant(recipient);
      if (r >= 0 && r != sender && !contains(scratch, count, r)) {
        participants.get(r).seen(day, message.source());
        scratch[count++] = r;
      }
    }
    store.add(file, day, sender, scratch, count);
    if (count == 1 && sender >= 0 && rules.hasReasonWording() && !message.text().isEmpty()) {
      // Only a one-to-one message says something about one person; the owner's side is dropped
      // at the end.
      hints(message, day, sender, scratch[0]);
    }
  }

  private static boolean contains(int[] ids, int count, int id) {
    for (int i = 0; i < count; i++) {
      if (ids[i] == id) {
        return true;
      }
    }
    return false;
  }

  private void hints(MessageFact message, int day, int a, int b) {
    if (!rules.mayHint(message.text())) {
      // nearly every message: it is neither folded nor matched phrase by phrase
      return;
    }
    folded.reset(message.text());
    rules
        .matchedHints(folded)
        .forEach(
            (reason, phrase) -> {
              LocalDate date = day == MessageStore.NO_DAY ? null : LocalDate.ofEpochDay(day);
              Evidence e =
                  new Evidence(
                      reason,
                      Strength.WEAK,
                      date,
                      message.source(),
                      "reasons." + reason + ".phrases",
                      Detail.of("hint.message", phrase),
                      false);
              keepNewest(participants.get(a).hints, e);
              keepNewest(participants.get(b).hints, e);
            });
  }

  static void keepNewest(Map<ReasonCode, Evidence> hints, Evidence e) {
    Evidence old = hints.get(e.reason());
    if (old == null || (e.date() != null && (old.date() == null || e.date().isAfter(old.date())))) {
      hints.put(e.reason(), e);
    }
  }

  private int participant(PersonRef person) {
    String raw = raw(person);
    Integer known = byRaw.get(raw);
    if (known != null) {
      return known;
    }
    List<MatchKey> made = keysOf(person, keys);
    if (made.isEmpty()) {
      return -1;
    }
    Integer same = byKey.get(made.get(0));
    int id;
    if (same != null) {
      id = same;
    } else {
      id = participants.size();
      participants.add(new Participant(person, made, id));
      byKey.put(made.get(0), id);
    }
    byRaw.put(raw, id);
    return id;
  }

  /** What a person is looked up by before their keys are made. */
  private static String raw(PersonRef person) {
    if (!person.profileUrls().isEmpty()) {
      return "u" + person.profileUrls().get(0);
    }
    if (!person.emails().isEmpty()) {
      return "e" + person.emails().get(0);
    }
    if (!person.phones().isEmpty()) {
      return "p" + person.phones().get(0);
    }
    if (!person.handles().isEmpty()) {
      return "h" + person.handles().get(0);
    }
    return "n" + person.displayName();
  }

  /**
   * A person's keys; a person with no key of their own but a name gets one made of the name as
   * written, so that a chat's "Mama" is still told apart from its other author.
   */
  static List<MatchKey> keysOf(PersonRef person, Keys keys) {
    List<MatchKey> made = keys.of(person);
    if (!made.isEmpty()) {
      return made;
    }
    String words = TextFold.words(person.displayName());
    return words.isEmpty() ? List.of() : List.of(new MatchKey(KeyKind.NAME, "?" + words));
  }

  /**
   * Counts a partner named without a profile link (in {@code TO} of LinkedIn's 2022 layout, which
   * has no recipient URLs) as the partner with a link and the same name, when exactly one has that
   * name: otherwise one person's messages to the owner and the owner's answers fall on two
   * participants and no exchange is seen. Two linked partners of one name stay apart.
   */
  void joinNamesOnly() {
    Map<MatchKey, Integer> linkedByName = new HashMap<>();
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      Optional<MatchKey> name = Keys.forName(p.person.displayName());
      if (p.keys.get(0).kind().strong() && name.isPresent()) {
        linkedByName.merge(name.get(), id, (x, y) -> -1);
      }
    }
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      if (p.keys.get(0).kind() != KeyKind.NAME) {
        continue;
      }
      Integer linked = linkedByName.get(p.keys.get(0));
      if (linked != null && linked >= 0) {
        participants.get(linked).absorb(p);
        p.same = linked;
      }
    }
  }

  /** Gives every participant the names an export links to one of their keys. */
  void widen(Aliases aliases) {
    if (aliases.isEmpty()) {
      return;
    }
    for (Participant p : participants) {
      for (Aliases.Alias alias : aliases.sharing(p.keys)) {
        p.widen(alias.person(), alias.keys());
      }
    }
  }

  /** The participant a participant was found to be. */
  int root(int id) {
    return id < 0 ? -1 : participants.get(id).same;
  }
}
