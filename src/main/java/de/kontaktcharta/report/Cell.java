package de.kontaktcharta.report;

import java.time.LocalDate;

/**
 * One cell of the report: text, a date, a whole number or a hyperlink, with an optional tone for
 * status colours. Its text holds no control characters and no direction overrides ({@link
 * Printable}).
 *
 * @param text the text (also the shown text of a link); empty for date and number cells
 * @param date a date, or null
 * @param number a number, or null
 * @param link a hyperlink target, or null
 * @param tone the colour hint
 */
public record Cell(String text, LocalDate date, Long number, String link, Tone tone) {

  /** Colour hints; the writer decides the colours. */
  public enum Tone {
    NONE,
    GOOD,
    WARN,
    BAD
  }

  public static final Cell EMPTY = new Cell("", null, null, null, Tone.NONE);

  public Cell {
    text = text == null ? "" : Printable.text(text);
    tone = tone == null ? Tone.NONE : tone;
  }

  public static Cell text(String text) {
    return new Cell(text, null, null, null, Tone.NONE);
  }

  public static Cell toned(String text, Tone tone) {
    return new Cell(text, null, null, null, tone);
  }

  /** A date cell; null gives an empty cell. */
  public static Cell date(LocalDate date) {
    return date == null ? EMPTY : new Cell("", date, null, null, Tone.NONE);
  }

  public static Cell number(long number) {
    return new Cell("", null, number, null, Tone.NONE);
  }

  /** A hyperlink; an empty or unusable target gives a plain text cell. */
  public static Cell link(String text, String url) {
    return url == null || url.isBlank() ? text(text) : new Cell(text, null, null, url, Tone.NONE);
  }

  /** The cell as plain text, e.g. for CSV output; dates in ISO form. */
  public String plain() {
    if (date != null) {
      return date.toString();
    }
    if (number != null) {
      return number.toString();
    }
    return text;
  }
}
