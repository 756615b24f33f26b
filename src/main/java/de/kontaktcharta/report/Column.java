package de.kontaktcharta.report;

import java.util.List;
import java.util.Objects;

/**
 * A column of a report sheet.
 *
 * @param key a stable, language-independent name (used by CSV and JSON output and to read a review
 *     back)
 * @param header the translated header text
 * @param width the width in characters: the most for a column sized to its content, exactly this
 *     for a place to type
 * @param wrap true for long texts that wrap
 * @param choices what a place to type offers in a dropdown, in the report's language; empty for
 *     free text
 * @param input true for a place where the user types (the review columns)
 * @param group the heading over this column and its neighbours of the same group (e.g. "Ihre
 *     Entscheidung"), or empty
 * @param prompt what the cells of a place to type say when selected, or empty
 */
public record Column(
    String key,
    String header,
    int width,
    boolean wrap,
    List<String> choices,
    boolean input,
    String group,
    String prompt) {

  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(header, "header");
    choices = List.copyOf(choices);
    group = group == null ? "" : group;
    prompt = prompt == null ? "" : prompt;
  }

  public static Column of(String key, String header, int width) {
    return new Column(key, header, width, false, List.of(), false, "", "");
  }

  public static Column wrapped(String key, String header, int width) {
    return new Column(key, header, width, true, List.of(), false, "", "");
  }

  /** A place to type with a dropdown of choices, which free text may replace. */
  public static Column choice(String key, String header, int width, List<String> choices) {
    return new Column(key, header, width, false, choices, true, "", "");
  }

  /** A place to type free text. */
  public static Column input(String key, String header, int width) {
    return new Column(key, header, width, true, List.of(), true, "", "");
  }

  /** This column under a group heading. */
  public Column inGroup(String heading) {
    return new Column(key, header, width, wrap, choices, input, heading, prompt);
  }

  /** This column with the text its cells show when selected. */
  public Column withPrompt(String text) {
    return new Column(key, header, width, wrap, choices, input, group, text);
  }
}
