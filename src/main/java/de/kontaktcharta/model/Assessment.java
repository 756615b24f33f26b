package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The charter applied to a whole network.
 *
 * @param today the reference date used for windows and aging
 * @param contacts one assessment per contact, in input order
 * @param invitations one assessment per open incoming invitation (per inviter)
 * @param accepted invitations whose other person is already a contact
 * @param openOutgoing outgoing invitations not (yet) accepted
 * @param unmatchedManual ledger entries whose contact is not in this export (kept in the ledger)
 * @param problems ambiguities and other notes from the attribution
 */
public record Assessment(
    LocalDate today,
    List<ContactAssessment> contacts,
    List<InvitationAssessment> invitations,
    List<Invitation> accepted,
    List<Invitation> openOutgoing,
    List<ManualFact> unmatchedManual,
    List<Problem> problems) {

  public Assessment {
    contacts = List.copyOf(contacts);
    invitations = List.copyOf(invitations);
    accepted = List.copyOf(accepted);
    openOutgoing = List.copyOf(openOutgoing);
    unmatchedManual = List.copyOf(unmatchedManual);
    problems = List.copyOf(problems);
  }
}
