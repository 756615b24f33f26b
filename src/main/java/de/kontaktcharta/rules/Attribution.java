package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.Resolution;
import de.kontaktcharta.identity.Resolver;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every piece of evidence and every entry recorded by hand to the contact or inviter it
 * names. Each person is resolved once, by the {@link Resolver}; that answer decides where the
 * evidence goes.
 */
final class Attribution {

  private final Network network;
  private final Resolver resolver;
  private final List<ContactCase> contacts;
  private final List<InviterCase> inviters;
  private final List<Problem> problems;
  private final Credits credits;

  Attribution(
      Network network,
      Resolver resolver,
      List<ContactCase> contacts,
      List<InviterCase> inviters,
      List<Problem> problems,
      Credits credits) {
    this.credits = credits;
    this.network = network;
    this.resolver = resolver;
    this.contacts = contacts;
    this.inviters = inviters;
    this.problems = problems;
  }

  /**
   * Attributes the findings in their order; a contact's interactions and message counts are counted
   * together.
   */
  void findings(List<Finding> findings, LocalDate today, Charter.Thresholds thresholds) {
    Map<String, List<Finding>> unmatched = new LinkedHashMap<>();
    for (Finding f : findings) {
      Resolver.Whom whom =
          f.companyOnly()
              ? Resolver.Whom.NOBODY
              : resolver.resolveKeys(f.identityKeys(network.keys()));
      if (f.exchange() != null) {
        exchange(f, whom);
      } else if (f.companyOnly()) {
        for (int i : network.atCompany(f.who().company())) {
          contacts.get(i).evidence.add(f.evidence());
        }
      } else if (whom.contacts().unique()) {
        ContactCase c = contacts.get(whom.contacts().only());
        if (f.interactions().isEmpty()) {
          c.evidence.add(f.evidence());
        } else {
          c.interactions.add(f);
        }
      } else if (whom.contacts().ambiguous()) {
        problems.add(
            ambiguous(
                f.evidence().source(),
                f.who().displayName(),
                whom.contacts(),
                network,
                "problem.ambiguous-name.evidence"));
      } else if (whom.inviters().unique()) {
        inviters.get(whom.inviters().only()).evidence.add(f.evidence());
      } else if (!whom.owner()) {
        unmatched.computeIfAbsent(f.evidence().source().file(), file -> new ArrayList<>()).add(f);
      }
    }
    unmatched.forEach((file, list) -> problems.addAll(UnmatchedEvidence.notes(file, list)));
    for (ContactCase c : contacts) {
      if (!c.interactions.isEmpty()) {
        c.evidence.add(counted(c.interactions, today, thresholds));
      }
      c.evidence.addAll(MessageEvidence.evidence(c.exchanges, thresholds));
    }
    for (InviterCase i : inviters) {
      i.evidence.addAll(MessageEvidence.evidence(i.exchanges, thresholds));
    }
  }

  /**
   * A channel's counts go to the one contact or inviter they name; their strength is decided once
   * every channel is counted. Counts of nobody known are accounted for with their messages.
   */
  private void exchange(Finding f, Resolver.Whom whom) {
    int partner = f.exchange().partner();
    if (whom.contacts().unique()) {
      contacts.get(whom.contacts().only()).exchanges.add(f.exchange());
      credits.credit(partner);
    } else if (whom.contacts().ambiguous()) {
      problems.add(
          ambiguous(
              f.evidence().source(),
              f.who().label(),
              whom.contacts(),
              network,
              "problem.ambiguous-name.messages"));
      credits.ambiguous(partner);
    } else if (whom.inviters().unique()) {
      inviters.get(whom.inviters().only()).exchanges.add(f.exchange());
      credits.credit(partner);
    }
  }

  /** The interactions of one contact counted together, however each log row named them. */
  private static Evidence counted(
      List<Finding> groups, LocalDate today, Charter.Thresholds thresholds) {
    if (groups.size() == 1) {
      return groups.get(0).evidence();
    }
    List<InteractionFact> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(g.interactions()));
    return InteractionCount.finding(all, today, thresholds).evidence();
  }

  /**
   * Gives each entry recorded by hand to its contact (by Contact ID, else by the key and name it
   * was recorded for) or to an inviter (by Invitation ID).
   *
   * @return the entries of people who are in neither
   */
  List<ManualFact> manual(List<ManualFact> manual) {
    Map<String, Integer> contactById = new HashMap<>();
    for (int i = 0; i < contacts.size(); i++) {
      contactById.put(contacts.get(i).contact.id(), i);
    }
    Map<String, Integer> inviterById = new HashMap<>();
    for (int i = 0; i < inviters.size(); i++) {
      inviterById.put(inviters.get(i).id, i);
    }
    List<ManualFact> unmatched = new ArrayList<>();
    for (ManualFact m : manual) {
      Optional<Integer> contact = findContact(m, contactById);
      if (contact.isPresent()) {
        ContactCase c = contacts.get(contact.get());
        c.review = c.review == null ? m.review() : combine(c.review, m.review());
        m.review().reasonCode().ifPresent(r -> c.evidence.add(manualEvidence(m, r)));
      } else if (inviterById.containsKey(m.review().id())) {
        InviterCase i = inviters.get(inviterById.get(m.review().id()));
        i.review = i.review == null ? m.review() : combine(i.review, m.review());
        m.review().reasonCode().ifPresent(r -> i.evidence.add(manualEvidence(m, r)));
      } else {
        unmatched.add(m);
      }
    }
    return unmatched;
  }

  private Optional<Integer> findContact(ManualFact m, Map<String, Integer> byId) {
    Integer byContactId = byId.get(m.review().id());
    if (byContactId != null) {
      return Optional.of(byContactId);
    }
    Optional<MatchKey> key = parseKey(m.review().key());
    Resolution r =
        key.map(k -> resolver.resolveKeys(List.of(k)).contacts()).orElse(Resolution.NONE);
    if (!r.unique() && !m.person().isEmpty()) {
      r = resolver.resolve(m.person()).contacts();
    }
    return r.unique() ? Optional.of(r.only()) : Optional.empty();
  }

  /** Parses a key written as {@code kind:value}, e.g. {@code url:linkedin.com/in/x}. */
  static Optional<MatchKey> parseKey(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String label = text.substring(0, colon);
    for (KeyKind kind : KeyKind.values()) {
      if (kind.label().equals(label)) {
        return Optional.of(new MatchKey(kind, text.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * A name that fits several contacts: reported, never guessed.
   *
   * @param key the text, which says what became of the row
   */
  static Problem ambiguous(
      SourceRef source, String name, Resolution r, Network network, String key) {
    StringBuilder who = new StringBuilder();
    for (int i : r.shown()) {
      if (who.length() > 0) {
        who.append(", ");
      }
      who.append(network.get(i).name()).append(" (").append(network.get(i).id()).append(')');
    }
    return Problem.note(source, Severity.WARNING, Message.of(key, name, r.count(), who.toString()));
  }

  /** Two entries for one person: the later one's recorded parts win. */
  static Review combine(Review earlier, Review later) {
    LocalDate earlierWord = earlier.lastChanged();
    LocalDate laterWord = later.lastChanged();
    if (earlierWord != null && laterWord != null && !earlierWord.equals(laterWord)) {
      // the user's latest word wins whole, a value cleared in it included; an older reasons list
      // among the inputs must not bring back what the review has since changed
      Review newer = laterWord.isAfter(earlierWord) ? later : earlier;
      Review older = newer == later ? earlier : later;
      return new Review(
          newer.id().isEmpty() ? older.id() : newer.id(),
          newer.key().isEmpty() ? older.key() : newer.key(),
          newer.name().isEmpty() ? older.name() : newer.name(),
          newer.reason(),
          newer.decision(),
          newer.note(),
          newer.recorded(),
          newer.changed());
    }
    return new Review(
        later.id().isEmpty() ? earlier.id() : later.id(),
        later.key().isEmpty() ? earlier.key() : later.key(),
        later.name().isEmpty() ? earlier.name() : later.name(),
        later.reason() != null ? later.reason() : earlier.reason(),
        later.decision() != null ? later.decision() : earlier.decision(),
        later.note().isEmpty() ? earlier.note() : later.note(),
        later.recorded() != null ? later.recorded() : earlier.recorded(),
        later.changed() != null ? later.changed() : earlier.changed());
  }

  private static Evidence manualEvidence(ManualFact m, ReasonCode reason) {
    Detail detail =
        Detail.of(
            reason == ReasonCode.MANUAL ? "manual" : "manual.reason",
            m.review().note(),
            reason.name());
    return new Evidence(
        ReasonCode.MANUAL,
        Strength.STRONG,
        m.review().recorded(),
        m.source(),
        "review",
        detail,
        false);
  }
}
