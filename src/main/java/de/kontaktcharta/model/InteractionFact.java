package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exchange on another channel (e-mail, phone, X/Twitter, Mastodon, an event, …).
 *
 * @param person with whom
 * @param channel the channel as written
 * @param date when
 * @param note a short note, empty when none
 * @param source file and line
 */
public record InteractionFact(
    PersonRef person, String channel, LocalDate date, String note, SourceRef source)
    implements Fact {

  public InteractionFact {
    Objects.requireNonNull(person, "person");
    channel = TextFold.clean(channel);
    Objects.requireNonNull(date, "date");
    note = TextFold.clean(note);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.interaction(this);
  }
}
