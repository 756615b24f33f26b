package de.kontaktcharta.model;

/**
 * Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
 * carriage return at its start) gets a leading apostrophe (OWASP's advice for CSV injection) where
 * the tool writes CSV; reading its own files takes the apostrophe off again.
 */
public final class FormulaText {

  private FormulaText() {}

  public static String neutralise(String value) {
    if (value.isEmpty()) {
      return value;
    }
    return isFormulaStart(value.charAt(0)) ? "'" + value : value;
  }

  public static String restore(String value) {
    if (value.length() >= 2 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))) {
      return value.substring(1);
    }
    return value;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
