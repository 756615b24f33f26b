package de.kontaktcharta.source.reasons;

import java.util.List;

/**
 * The reasons ledger's columns, shared by its reader and its writer (in the review). Ledgers
 * written before {@code Changed} existed are read as they are.
 */
public final class LedgerFormat {

  public static final List<String> HEADER =
      List.of("Contact ID", "Key", "Name", "Reason", "Decision", "Note", "Recorded", "Changed");

  private LedgerFormat() {}
}
