package de.kontaktcharta.io;

import java.util.List;

/**
 * The reasons ledger's columns and the neutralising of formula-like text, shared by its reader and
 * writer.
 */
final class LedgerFormat {

  static final List<String> HEADER =
      List.of("Contact ID", "Key", "Name", "Reason", "Decision", "Note", "Recorded");

  private LedgerFormat() {}

  /**
   * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice for
   * CSV injection); the reader takes it off again.
   */
  static String neutralise(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula ? "'" + value : value;
  }

  static String restore(String value) {
    if (value.length() >= 2 && value.charAt(0) == '\'') {
      char c = value.charAt(1);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return value.substring(1);
      }
    }
    return value;
  }
}
