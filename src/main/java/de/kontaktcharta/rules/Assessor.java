package de.kontaktcharta.rules;

import de.kontaktcharta.identity.ContactIds;
import de.kontaktcharta.identity.Inviters;
import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.Resolution;
import de.kontaktcharta.identity.Resolver;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the charter (docs/design.md §4): attributes every piece of evidence to a contact or an
 * inviter, ages it, and gives each contact a status and each open invitation a recommendation.
 */
public final class Assessor {

  private final TextRules rules;

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
    return assess(network, invitations, findings, manual, today, new Credits());
  }

  /**
   * Assesses a network and records whose message counts were credited to anybody.
   *
   * @param credits receives which people of the messages were credited to a contact or inviter
   */
  public Assessment assess(
      Network network,
      List<Invitation> invitations,
      List<Finding> findings,
      List<ManualFact> manual,
      LocalDate today,
      Credits credits) {
    List<Problem> problems = new ArrayList<>();
    List<ContactCase> contacts = new ArrayList<>(network.contacts().size());
    network.contacts().forEach(c -> contacts.add(new ContactCase(c)));
    Inviters inviters = new Inviters();
    List<Invitation> accepted = new ArrayList<>();
    List<Invitation> openOutgoing = new ArrayList<>();
    for (Invitation invitation : invitations) {
      List<MatchKey> keys = rules.keys().of(invitation.counterpart());
      Resolution r = network.resolveKeys(keys);
      if (r.unique()) {
        accepted.add(invitation);
        contacts.get(r.only()).invitations.add(invitation);
      } else if (invitation.direction() == Direction.INCOMING) {
        if (r.ambiguous()) {
          problems.add(
              Attribution.ambiguous(
                  invitation.source(),
                  invitation.from().displayName(),
                  r,
                  network,
                  "problem.ambiguous-name.invitation"));
        }
        inviters.add(invitation, keys);
      } else {
        openOutgoing.add(invitation);
      }
    }
    List<InviterCase> inviterCases = inviterCases(inviters);
    Attribution attribution =
        new Attribution(
            network, new Resolver(network, inviters), contacts, inviterCases, problems, credits);
    attribution.findings(findings, today, rules.charter().thresholds());
    List<ManualFact> unmatched = attribution.manual(manual);
    problems.addAll(datesAfter(network, today));
    ContactJudge contactJudge = new ContactJudge(rules, today);
    List<ContactAssessment> judged = new ArrayList<>(contacts.size());
    for (ContactCase c : contacts) {
      judged.add(contactJudge.judge(c.contact, c.evidence, c.invitations, c.review()));
    }
    InvitationJudge invitationJudge = new InvitationJudge(rules, today);
    List<InvitationAssessment> recommended = new ArrayList<>(inviterCases.size());
    for (InviterCase i : inviterCases) {
      recommended.add(invitationJudge.judge(i.id, i.newest, i.evidence, i.review()));
    }
    return new Assessment(today, judged, recommended, accepted, openOutgoing, unmatched, problems);
  }

  /** One case per inviter, with a stable Invitation ID from the inviter's strongest key. */
  private static List<InviterCase> inviterCases(Inviters inviters) {
    ContactIds ids = new ContactIds("I-");
    List<InviterCase> cases = new ArrayList<>(inviters.size());
    for (int i = 0; i < inviters.size(); i++) {
      List<MatchKey> keys = inviters.keys(i);
      String id = ids.next(keys.isEmpty() ? new MatchKey(KeyKind.NAME, "#" + i) : keys.get(0));
      cases.add(new InviterCase(id, inviters.newest(i)));
    }
    return cases;
  }

  /** Connection dates after the reference date: a misread date or a reference date too early. */
  private static List<Problem> datesAfter(Network network, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    for (Contact c : network.contacts()) {
      if (c.connectedOn() != null && c.connectedOn().isAfter(today)) {
        problems.add(
            Problem.note(
                c.sources().get(0),
                Severity.WARNING,
                Message.of("problem.date-after-reference", c.connectedOn(), today)));
      }
    }
    return problems;
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
