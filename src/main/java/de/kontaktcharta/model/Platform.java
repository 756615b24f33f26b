package de.kontaktcharta.model;

/** The network an invitation or connection belongs to. */
public enum Platform {
  LINKEDIN,
  XING,
  /** Address books, CRM sheets and other lists. */
  OTHER
}
