package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting from a calendar or a meetings list.
 *
 * @param participants everybody named, organiser included
 * @param date the day of the meeting
 * @param title the meeting's title, empty when none
 * @param source file and line
 */
public record MeetingFact(
    List<PersonRef> participants, LocalDate date, String title, SourceRef source) implements Fact {

  public MeetingFact {
    participants = List.copyOf(participants);
    Objects.requireNonNull(date, "date");
    title = TextFold.clean(title);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.meeting(this);
  }
}
