package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Counts messages per conversation partner as they stream past, so that a million rows need memory
 * only for a few numbers per person. The owner is recognised at the end (from the profile and
 * invitations, else as the person in nearly every row), then two-way exchanges become EXCHANGE
 * evidence and the wording of one-to-one messages becomes weak hints.
 */
final class MessageTally {

  private final TextRules rules;
  private final FoldedText folded = new FoldedText();
  private final Map<String, Integer> byRawUrl = new HashMap<>();
  private final Map<String, Integer> byRawName = new HashMap<>();
  private final Map<MatchKey, Integer> byKey = new HashMap<>();
  private final List<Participant> participants = new ArrayList<>();
  private int messages;

  MessageTally(TextRules rules) {
    this.rules = rules;
  }

  void add(MessageFact message) {
    messages++;
    int day = message.date() == null ? Integer.MIN_VALUE : (int) message.date().toEpochDay();
    int sender = participant(message.sender());
    if (sender >= 0) {
      Participant p = participants.get(sender);
      p.sent(day);
      p.seen(day, message.source());
    }
    int single = -1;
    for (PersonRef recipient : message.recipients()) {
      int r = participant(recipient);
      if (r >= 0 && r != sender) {
        participants.get(r).received(sender, day);
        participants.get(r).seen(day, message.source());
        single = single == -1 ? r : -2;
      }
    }
    if (single >= 0 && sender >= 0 && rules.hasReasonWording() && !message.text().isEmpty()) {
      // Only a one-to-one message says something about one person; the owner's side is dropped
      // at the end.
      hints(message, day, sender, single);
    }
  }

  private void hints(MessageFact message, int day, int a, int b) {
    if (!rules.mayHint(message.text())) {
      // nearly every message: it is neither folded nor matched phrase by phrase
      return;
    }
    folded.reset(message.text());
    rules
        .reasonHints(folded)
        .forEach(
            (reason, phrase) -> {
              LocalDate date = day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
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
    // A person is looked up by the URL or name as written first, so that the keys are made only
    // once per person, not once per message.
    boolean byUrl = !person.profileUrls().isEmpty();
    Map<String, Integer> asWritten = byUrl ? byRawUrl : byRawName;
    String raw = byUrl ? person.profileUrls().get(0) : person.displayName();
    Integer known = asWritten.get(raw);
    if (known != null) {
      return known;
    }
    List<MatchKey> keys = Keys.of(person);
    if (keys.isEmpty()) {
      return -1;
    }
    Integer same = byKey.get(keys.get(0));
    int id;
    if (same != null) {
      id = same;
    } else {
      id = participants.size();
      participants.add(new Participant(person, keys, id));
      byKey.put(keys.get(0), id);
    }
    asWritten.put(raw, id);
    return id;
  }

  /**
   * The evidence from all messages.
   *
   * @param owners the owner as other inputs name them
   * @param today the reference date for the exchange window
   */
  List<Finding> finish(
      List<PersonRef> owners,
      LocalDate today,
      Charter.Thresholds t,
      Consumer<Problem> problems,
      String file) {
    List<Finding> findings = new ArrayList<>();
    if (participants.isEmpty()) {
      return findings;
    }
    joinNamesOnly();
    int owner = MessageOwner.find(participants, owners, messages);
    if (owner < 0) {
      problems.accept(
          Problem.note(
              SourceRef.wholeFile(file),
              Severity.WARNING,
              "owner-unknown",
              "the owner of the messages could not be recognised; no EXCHANGE evidence from messages"));
      return findings;
    }
    int from = (int) today.minusDays(t.exchangeWindowDays()).toEpochDay();
    int to = (int) today.toEpochDay();
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      if (id == owner || p.same != id) {
        continue;
      }
      exchange(p, owner, from, to, t.exchangeMinMessages())
          .ifPresent(e -> findings.add(Finding.withKeys(p.person, p.keys, e)));
      for (Evidence hint : p.hints.values()) {
        findings.add(Finding.withKeys(p.person, p.keys, hint));
      }
    }
    return findings;
  }

  /**
   * Counts a partner named without a profile link (in {@code TO} of the 2022 layout, which has no
   * recipient URLs) as the partner with a link and the same name, when exactly one has that name:
   * otherwise one person's messages to the owner and the owner's answers fall on two participants
   * and no exchange is seen. Two linked partners of one name stay apart.
   */
  private void joinNamesOnly() {
    Map<MatchKey, Integer> linkedByName = new HashMap<>();
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      Optional<MatchKey> name = Keys.forName(p.person.displayName());
      if (p.keys.get(0).kind() != KeyKind.NAME && name.isPresent()) {
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

  private java.util.Optional<Evidence> exchange(
      Participant p, int owner, int from, int to, int min) {
    int theirs = 0;
    int theirsInWindow = 0;
    for (int i = 0; i < p.sentCount; i++) {
      theirs++;
      theirsInWindow += p.sent[i] >= from && p.sent[i] <= to ? 1 : 0;
    }
    int mine = 0;
    int mineInWindow = 0;
    for (int i = 0; i < p.receivedCount; i++) {
      long pair = p.received[i];
      int sender = (int) (pair >> 32);
      if (sender < 0 || participants.get(sender).same != owner) {
        continue;
      }
      int day = (int) pair;
      mine++;
      mineInWindow += day >= from && day <= to ? 1 : 0;
    }
    if (theirs == 0 || mine == 0) {
      return java.util.Optional.empty();
    }
    LocalDate last = p.lastDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(p.lastDay);
    Detail detail = Detail.of("exchange.messages", theirs, mine, theirsInWindow, mineInWindow);
    boolean strongInWindow = theirsInWindow >= min && mineInWindow >= min;
    if (strongInWindow) {
      return java.util.Optional.of(
          new Evidence(
              ReasonCode.EXCHANGE,
              Strength.STRONG,
              last,
              p.lastSource,
              "thresholds.exchange_min_messages",
              detail,
              false));
    }
    if (theirsInWindow > 0 && mineInWindow > 0) {
      return java.util.Optional.of(
          new Evidence(
              ReasonCode.EXCHANGE,
              Strength.WEAK,
              last,
              p.lastSource,
              "thresholds.exchange_min_messages",
              detail,
              false));
    }
    Strength strength = theirs >= min && mine >= min ? Strength.STRONG : Strength.WEAK;
    return java.util.Optional.of(
        new Evidence(
            ReasonCode.EXCHANGE,
            strength,
            last,
            p.lastSource,
            "thresholds.exchange_window_days",
            detail,
            true));
  }

  int messages() {
    return messages;
  }
}
