package de.kontaktcharta.report;

import java.time.LocalDate;

/**
 * One cell of the report: text, a date, a whole number or a hyperlink, with an optional tone for
 * status colours and headings. Its text holds no control characters and no direction overrides
 * ({@link Printable}).
 *
 * @param text the text (also the shown text of a link); empty for date and number cells
 * @param date a date, or null
 * @param number a number, or null
 * @param link a hyperlink target: a web address, or for {@link Tone#SHEET_LINK} a sheet's name; or
 *     null
 * @param tone the colour or emphasis hint
 * @param code what scripts get instead of the text (the code behind a label, e.g. {@code KEEP} for
 *     "Behalten"), or null for the text itself
 */
public record Cell(String text, LocalDate date, Long number, String link, Tone tone, String code) {

  /** Colour and emphasis hints; the writer decides the colours and fonts. */
  public enum Tone {
    NONE,
    GOOD,
    WARN,
    BAD,
    /** The title of a sheet. */
    TITLE,
    /** A heading within a sheet. */
    HEADING,
    /** A link to another sheet of the report, named by {@link #link}. */
    SHEET_LINK
  }

  public static final Cell EMPTY = new Cell("", null, null, null, Tone.NONE, null);

  public Cell {
    text = text == null ? "" : Printable.text(text);
    tone = tone == null ? Tone.NONE : tone;
  }

  public static Cell text(String text) {
    return new Cell(text, null, null, null, Tone.NONE, null);
  }

  public static Cell toned(String text, Tone tone) {
    return new Cell(text, null, null, null, tone, null);
  }

  /** A label in the report's language that stands for a code, e.g. "Behalten" for KEEP. */
  public static Cell coded(String label, String code) {
    return new Cell(label, null, null, null, Tone.NONE, code);
  }

  /** A date cell; null gives an empty cell. */
  public static Cell date(LocalDate date) {
    return date == null ? EMPTY : new Cell("", date, null, null, Tone.NONE, null);
  }

  public static Cell number(long number) {
    return new Cell("", null, number, null, Tone.NONE, null);
  }

  /** A hyperlink; an empty or unusable target gives a plain text cell. */
  public static Cell link(String text, String url) {
    return url == null || url.isBlank()
        ? text(text)
        : new Cell(text, null, null, url, Tone.NONE, null);
  }

  /** A link to another sheet of the report. */
  public static Cell sheetLink(String text, String sheet) {
    return new Cell(text, null, null, sheet, Tone.SHEET_LINK, null);
  }

  /** The cell as plain text, e.g. for CSV output: dates in ISO form, labels as their codes. */
  public String plain() {
    if (date != null) {
      return date.toString();
    }
    if (number != null) {
      return number.toString();
    }
    return code != null ? code : text;
  }
}
