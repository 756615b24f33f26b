package de.kontaktcharta.model;

/** How serious a problem is. */
public enum Severity {
  /** Input that could not be read at all. */
  ERROR,
  /** A row that was skipped or only partly understood. */
  WARNING,
  /** Something the user may want to know, e.g. an ignored draft. */
  INFO
}
