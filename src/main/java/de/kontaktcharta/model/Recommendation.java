package de.kontaktcharta.model;

/** What the charter says about an open invitation. */
public enum Recommendation {
  ACCEPT,
  /** Weak or conflicting evidence: a person has to decide. */
  REVIEW,
  DECLINE
}
