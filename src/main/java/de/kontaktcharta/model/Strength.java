package de.kontaktcharta.model;

/** How much a piece of evidence proves on its own. */
public enum Strength {
  STRONG,
  WEAK
}
