package de.kontaktcharta.report;

/** The sheets of a report, in their order. */
public enum SheetKind {
  SUMMARY,
  CONTACTS,
  NO_REASON,
  INVITATIONS,
  EVIDENCE,
  CHANGES,
  PROBLEMS
}
