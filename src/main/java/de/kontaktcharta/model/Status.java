package de.kontaktcharta.model;

/** What the evidence says about a contact as a whole. */
public enum Status {
  /** At least one strong, unexpired reason. */
  JUSTIFIED,
  /** Only weak evidence. */
  WEAK,
  /** No evidence for any reason. */
  NO_REASON
}
