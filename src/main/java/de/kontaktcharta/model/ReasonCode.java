package de.kontaktcharta.model;

/** The charter's accept reasons. The codes are stable; labels are translated by the report. */
public enum ReasonCode {
  /** Met in person, or will meet soon. */
  MET,
  /** Intensive exchange on other channels. */
  EXCHANGE,
  /** Customer or business partner, in either direction. */
  CLIENT,
  /** Prospective customer with concrete business interest. */
  PROSPECT,
  /** Engaged deeply with the owner's online profile. */
  PROFILE,
  /** Recorded by hand in the review columns or the reasons ledger. */
  MANUAL
}
