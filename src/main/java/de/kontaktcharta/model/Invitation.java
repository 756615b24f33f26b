package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One invitation row.
 *
 * @param from the inviter
 * @param to the invitee
 * @param sentOn the date it was sent, or null when unknown
 * @param message the invitation text, empty when none
 * @param direction incoming (to the owner) or outgoing
 * @param platform LinkedIn or XING (or another list)
 * @param source file and line
 */
public record Invitation(
    PersonRef from,
    PersonRef to,
    LocalDate sentOn,
    String message,
    Direction direction,
    Platform platform,
    SourceRef source) {

  public Invitation {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    message = TextFold.clean(message);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(source, "source");
  }

  /** The other person: the inviter of an incoming invitation, the invitee of an outgoing one. */
  public PersonRef counterpart() {
    return direction == Direction.INCOMING ? from : to;
  }
}
