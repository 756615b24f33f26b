package de.kontaktcharta.source.whatsapp;

/** The order of day, month and year in a file's dates; WhatsApp follows the phone's locale. */
public enum DateOrder {
  /** {@code 05.12.25} is 5 December 2025 (German and most locales). */
  DAY_FIRST,
  /** {@code 12/5/25} is 5 December 2025 (United States). */
  MONTH_FIRST,
  /** {@code 2025-12-05}. */
  YEAR_FIRST
}
