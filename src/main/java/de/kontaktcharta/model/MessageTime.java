package de.kontaktcharta.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When a message was sent, as exactly as its channel records it: a moment with its offset (a mail's
 * {@code Date}, an epoch time), a local wall-clock time without a zone (WhatsApp writes no zone),
 * or only a day (LinkedIn's {@code messages.csv} as it is read). The charter's rules work in days.
 *
 * @param day the calendar day where the message was written
 * @param time the local time of day, or null when only the day is known
 * @param offset the writer's offset from UTC, or null when the channel records none
 */
public record MessageTime(LocalDate day, LocalTime time, ZoneOffset offset) {

  public MessageTime {
    Objects.requireNonNull(day, "day");
    if (offset != null && time == null) {
      throw new IllegalArgumentException("an offset needs a time of day");
    }
  }

  /** A moment with the writer's offset, e.g. from a mail's {@code Date} header. */
  public static MessageTime of(OffsetDateTime moment) {
    return new MessageTime(moment.toLocalDate(), moment.toLocalTime(), moment.getOffset());
  }

  /** A moment given as an instant (an epoch time), taken in UTC. */
  public static MessageTime of(Instant instant) {
    return of(instant.atOffset(ZoneOffset.UTC));
  }

  /** A local wall-clock time without a zone, as WhatsApp writes it. */
  public static MessageTime local(LocalDateTime local) {
    return new MessageTime(local.toLocalDate(), local.toLocalTime(), null);
  }

  /** Only the day; null stays null, for sources whose date may be missing. */
  public static MessageTime day(LocalDate day) {
    return day == null ? null : new MessageTime(day, null, null);
  }

  /** The moment, where the channel records one with an offset. */
  public Optional<Instant> instant() {
    return offset == null ? Optional.empty() : Optional.of(day.atTime(time).toInstant(offset));
  }
}
