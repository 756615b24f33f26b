package de.kontaktcharta.model;

/** What the charter says about an open invitation. */
public enum Recommendation {
  ACCEPT,
  DECLINE,
  /** Weak or conflicting evidence: a person has to decide. */
  REVIEW
}
