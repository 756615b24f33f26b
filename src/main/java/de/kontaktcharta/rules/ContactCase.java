package de.kontaktcharta.rules;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Review;
import java.util.ArrayList;
import java.util.List;

/** What is gathered for one contact before the charter judges it. */
final class ContactCase {

  final Contact contact;
  final List<Evidence> evidence = new ArrayList<>();
  final List<Invitation> invitations = new ArrayList<>();

  /** The logged interactions found for the contact, counted together at the end. */
  final List<Finding> interactions = new ArrayList<>();

  /** The message counts of every channel, summed at the end. */
  final List<ExchangeCount> exchanges = new ArrayList<>();

  /** What the user recorded; null until an entry is found. */
  Review review;

  Review review() {
    return review == null ? Review.NONE : review;
  }

  ContactCase(Contact contact) {
    this.contact = contact;
  }
}
