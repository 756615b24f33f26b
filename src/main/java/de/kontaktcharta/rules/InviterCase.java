package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Review;
import java.util.ArrayList;
import java.util.List;

/** What is gathered for one person with an open invitation before the charter judges it. */
final class InviterCase {

  final String id;
  final Invitation newest;
  final List<Evidence> evidence = new ArrayList<>();

  /** The message counts of every channel, summed at the end. */
  final List<ExchangeCount> exchanges = new ArrayList<>();

  /** What the user recorded; null until an entry is found. */
  Review review;

  Review review() {
    return review == null ? Review.NONE : review;
  }

  InviterCase(String id, Invitation newest) {
    this.id = id;
    this.newest = newest;
  }
}
