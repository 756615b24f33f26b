package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * A note the owner wrote about a person on XING. The text is the owner's own words, so it is kept:
 * the report may show it. The owner's notes file also has a row for the owner's own name.
 *
 * @param name the full name of the person the note is about
 * @param createdAt when the note was written, or null when empty or not understood
 * @param text the note as written (may span lines); empty when the row has none
 * @param source file and line
 */
public record XingNote(String name, XingTime createdAt, String text, SourceRef source) {

  public XingNote {
    Objects.requireNonNull(name, "name");
    text = text == null ? "" : text;
    Objects.requireNonNull(source, "source");
  }
}
