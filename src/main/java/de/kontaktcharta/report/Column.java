package de.kontaktcharta.report;

import java.util.List;
import java.util.Objects;

/**
 * A column of a report sheet.
 *
 * @param key a stable, language-independent name (used by CSV and JSON output and to read a review
 *     back)
 * @param header the translated header text
 * @param width the width in characters
 * @param wrap true for long texts that wrap
 * @param choices the allowed values of a review column (a dropdown), empty for others
 * @param hint what a review column understands besides its codes, shown when its cell is chosen;
 *     empty for others
 */
public record Column(
    String key, String header, int width, boolean wrap, List<String> choices, String hint) {

  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(header, "header");
    choices = List.copyOf(choices);
    hint = hint == null ? "" : hint;
  }

  public Column(String key, String header, int width, boolean wrap, List<String> choices) {
    this(key, header, width, wrap, choices, "");
  }

  public static Column of(String key, String header, int width) {
    return new Column(key, header, width, false, List.of());
  }

  public static Column wrapped(String key, String header, int width) {
    return new Column(key, header, width, true, List.of());
  }

  public static Column choice(String key, String header, int width, List<String> choices) {
    return new Column(key, header, width, false, choices);
  }

  /** A review column with a dropdown and a hint on the words it understands. */
  public static Column choice(
      String key, String header, int width, List<String> choices, String hint) {
    return new Column(key, header, width, false, choices, hint);
  }
}
