package de.kontaktcharta.model;

/** Who sent an invitation: the archive's owner (outgoing) or the other person (incoming). */
public enum Direction {
  INCOMING,
  OUTGOING
}
