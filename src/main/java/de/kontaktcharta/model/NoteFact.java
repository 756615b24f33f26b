package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A note the owner wrote about a person on a network (XING's notes): the owner's own words on why
 * the person is there. The text is shown as it is; the charter counts a note as weak evidence,
 * because it was not written against the charter's reasons.
 *
 * @param person whom the note is about
 * @param platform the network the note was written on
 * @param date when it was written, or null when unknown
 * @param text the note as written
 * @param source file and line
 */
public record NoteFact(
    PersonRef person, Platform platform, LocalDate date, String text, SourceRef source)
    implements Fact {

  public NoteFact {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(platform, "platform");
    text = text == null ? "" : text.strip();
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.note(this);
  }
}
