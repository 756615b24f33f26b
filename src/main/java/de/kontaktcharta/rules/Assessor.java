package de.kontaktcharta.rules;

import de.kontaktcharta.identity.ContactIds;
import de.kontaktcharta.identity.Inviters;
import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.Resolution;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the charter (SPEC §4): attributes every piece of evidence to a contact or an inviter,
 * ages it, and gives each contact a status and each open invitation a recommendation.
 */
public final class Assessor {

  private final TextRules rules;
  private final FoldedText folded = new FoldedText();

  public Assessor(TextRules rules) {
    this.rules = rules;
  }

  /**
   * Assesses a network.
   *
   * @param network the merged contacts
   * @param invitations every invitation read, incoming and outgoing
   * @param findings every piece of evidence not yet attributed
   * @param manual the reasons and decisions recorded by hand
   * @param today the export date or the date given with {@code --today}
   */
  public Assessment assess(
      Network network,
      List<Invitation> invitations,
      List<Finding> findings,
      List<ManualFact> manual,
      LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    int n = network.contacts().size();
    List<List<Evidence>> contactEvidence = lists(n);
    List<List<Invitation>> contactInvitations = lists(n);
    Inviters inviters = new Inviters();
    List<Invitation> accepted = new ArrayList<>();
    List<Invitation> openOutgoing = new ArrayList<>();
    for (Invitation invitation : invitations) {
      Resolution r = network.resolve(invitation.counterpart());
      if (r.unique()) {
        accepted.add(invitation);
        contactInvitations.get(r.only()).add(invitation);
      } else if (invitation.direction() == Direction.INCOMING) {
        if (r.ambiguous()) {
          problems.add(
              ambiguous(
                  invitation.source(),
                  invitation.from().displayName(),
                  r,
                  network,
                  "treated as an open invitation"));
        }
        inviters.add(invitation);
      } else {
        openOutgoing.add(invitation);
      }
    }
    List<List<Evidence>> inviterEvidence = lists(inviters.size());
    attribute(network, inviters, findings, contactEvidence, inviterEvidence, problems, today);
    Map<String, Integer> contactById = new HashMap<>();
    for (int i = 0; i < n; i++) {
      contactById.put(network.get(i).id(), i);
    }
    ContactIds inviterIds = new ContactIds("I-");
    List<String> invitationIds = new ArrayList<>();
    Map<String, Integer> inviterById = new HashMap<>();
    for (int i = 0; i < inviters.size(); i++) {
      List<MatchKey> keys = inviters.keys(i);
      String id =
          inviterIds.next(keys.isEmpty() ? new MatchKey(KeyKind.NAME, "#" + i) : keys.get(0));
      invitationIds.add(id);
      inviterById.put(id, i);
    }
    Map<Integer, Review> contactReviews = new HashMap<>();
    Map<Integer, Review> inviterReviews = new HashMap<>();
    List<ManualFact> unmatched = new ArrayList<>();
    for (ManualFact m : manual) {
      Optional<Integer> contact = findContact(m, network, contactById);
      if (contact.isPresent()) {
        contactReviews.merge(contact.get(), m.review(), Assessor::combine);
        m.review()
            .reasonCode()
            .ifPresent(r -> contactEvidence.get(contact.get()).add(manualEvidence(m, r)));
      } else if (inviterById.containsKey(m.review().id())) {
        int i = inviterById.get(m.review().id());
        inviterReviews.merge(i, m.review(), Assessor::combine);
        m.review().reasonCode().ifPresent(r -> inviterEvidence.get(i).add(manualEvidence(m, r)));
      } else {
        unmatched.add(m);
      }
    }
    for (Contact c : network.contacts()) {
      if (c.connectedOn() != null && c.connectedOn().isAfter(today)) {
        // a date misread (the day taken for the month) or a reference date set too early
        problems.add(
            Problem.note(
                c.sources().get(0),
                Severity.WARNING,
                "date-after-reference",
                "connected on "
                    + c.connectedOn()
                    + ", after the reference date "
                    + today
                    + "; check the date or --today"));
      }
    }
    ContactJudge contactJudge = new ContactJudge(rules, folded, today);
    List<ContactAssessment> contacts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      contacts.add(
          contactJudge.judge(
              network.get(i),
              contactEvidence.get(i),
              contactInvitations.get(i),
              contactReviews.getOrDefault(i, Review.NONE)));
    }
    InvitationJudge invitationJudge = new InvitationJudge(rules, folded, today);
    List<InvitationAssessment> judged = new ArrayList<>(inviters.size());
    for (int i = 0; i < inviters.size(); i++) {
      judged.add(
          invitationJudge.judge(
              invitationIds.get(i),
              inviters.newest(i),
              inviterEvidence.get(i),
              inviterReviews.getOrDefault(i, Review.NONE)));
    }
    return new Assessment(today, contacts, judged, accepted, openOutgoing, unmatched, problems);
  }

  private void attribute(
      Network network,
      Inviters inviters,
      List<Finding> findings,
      List<List<Evidence>> contactEvidence,
      List<List<Evidence>> inviterEvidence,
      List<Problem> problems,
      LocalDate today) {
    // Resolving a person (making its keys: name folding, regular expressions, URL normalising) is
    // the costly part and only reads the finished network, so it runs on every core first; the
    // evidence is then attributed in finding order.
    List<Resolution> resolved =
        findings.parallelStream()
            .map(f -> f.companyOnly() ? Resolution.NONE : network.resolve(f.who()))
            .toList();
    Map<Integer, List<Finding>> interactionsOf = new LinkedHashMap<>();
    Map<String, List<Finding>> unmatched = new LinkedHashMap<>();
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      if (f.companyOnly()) {
        for (int i : network.atCompany(f.who().company())) {
          contactEvidence.get(i).add(f.evidence());
        }
        continue;
      }
      Resolution r = resolved.get(k);
      if (r.unique() && !f.interactions().isEmpty()) {
        interactionsOf.computeIfAbsent(r.only(), c -> new ArrayList<>()).add(f);
        continue;
      }
      if (r.unique()) {
        contactEvidence.get(r.only()).add(f.evidence());
        continue;
      }
      if (r.ambiguous()) {
        problems.add(
            ambiguous(
                f.evidence().source(),
                f.who().displayName(),
                r,
                network,
                "evidence not attributed"));
        continue;
      }
      Resolution inviter = inviters.resolve(f.who());
      if (inviter.unique()) {
        inviterEvidence.get(inviter.only()).add(f.evidence());
      } else if (!network.isOwner(f.who())) {
        unmatched.computeIfAbsent(f.evidence().source().file(), file -> new ArrayList<>()).add(f);
      }
    }
    unmatched.forEach((file, list) -> problems.addAll(UnmatchedEvidence.notes(file, list)));
    interactionsOf.forEach(
        (contact, groups) -> contactEvidence.get(contact).add(counted(groups, today)));
  }

  /** The interactions of one contact counted together, however each log row named them. */
  private Evidence counted(List<Finding> groups, LocalDate today) {
    if (groups.size() == 1) {
      return groups.get(0).evidence();
    }
    List<InteractionFact> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(g.interactions()));
    return InteractionCount.finding(all, today, rules.charter().thresholds()).evidence();
  }

  private static Optional<Integer> findContact(
      ManualFact m, Network network, Map<String, Integer> byId) {
    Integer byContactId = byId.get(m.review().id());
    if (byContactId != null) {
      return Optional.of(byContactId);
    }
    Optional<MatchKey> key = parseKey(m.review().key());
    Resolution r = key.map(k -> network.resolveKeys(List.of(k))).orElse(Resolution.NONE);
    if (!r.unique() && !m.person().isEmpty()) {
      r = network.resolve(m.person());
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

  private static Problem ambiguous(
      SourceRef source, String name, Resolution r, Network network, String outcome) {
    StringBuilder who = new StringBuilder();
    for (int i : r.shown()) {
      if (who.length() > 0) {
        who.append(", ");
      }
      who.append(network.get(i).name()).append(" (").append(network.get(i).id()).append(')');
    }
    return Problem.note(
        source,
        Severity.WARNING,
        "ambiguous-name",
        "'" + name + "' fits " + r.count() + ": " + who + "; " + outcome);
  }

  private static <T> List<List<T>> lists(int n) {
    List<List<T>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  /** Two entries for one person: the later one's recorded parts win. */
  private static Review combine(Review earlier, Review later) {
    if (earlier.recorded() != null
        && later.recorded() != null
        && !earlier.recorded().equals(later.recorded())) {
      // the user's latest word wins whole, a value cleared in it included; an older reasons list
      // among the inputs must not bring back what the review has since changed
      Review newer = later.recorded().isAfter(earlier.recorded()) ? later : earlier;
      Review older = newer == later ? earlier : later;
      return new Review(
          newer.id().isEmpty() ? older.id() : newer.id(),
          newer.key().isEmpty() ? older.key() : newer.key(),
          newer.name().isEmpty() ? older.name() : newer.name(),
          newer.reason(),
          newer.decision(),
          newer.note(),
          newer.recorded());
    }
    return new Review(
        later.id().isEmpty() ? earlier.id() : later.id(),
        later.key().isEmpty() ? earlier.key() : later.key(),
        later.name().isEmpty() ? earlier.name() : later.name(),
        later.reason() != null ? later.reason() : earlier.reason(),
        later.decision() != null ? later.decision() : earlier.decision(),
        later.note().isEmpty() ? earlier.note() : later.note(),
        later.recorded() != null ? later.recorded() : earlier.recorded());
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

  static boolean knowsCompanyAndPosition(Contact c) {
    return c.kinds().stream().anyMatch(k -> k.has(InputKind.Trait.KNOWS_COMPANY_AND_POSITION));
  }

  static boolean hardSignal(List<SignalHit> signals, TextRules rules) {
    return signals.stream().anyMatch(s -> rules.isHard(s.signal()));
  }

  static Status status(List<Evidence> evidence) {
    boolean weak = false;
    for (Evidence e : evidence) {
      if (e.effective() && e.strength() == Strength.STRONG) {
        return Status.JUSTIFIED;
      }
      weak |= e.effective();
    }
    return weak ? Status.WEAK : Status.NO_REASON;
  }
}
