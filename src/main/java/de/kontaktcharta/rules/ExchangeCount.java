package de.kontaktcharta.rules;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's one-to-one messages with the owner on one channel, counted before anybody knows
 * which contact the person is: the EXCHANGE rule sums the counts of every channel once they are
 * attributed to a contact.
 *
 * @param channel the channel
 * @param partner the person's number among all channels' people, to say afterwards whether their
 *     messages were credited to anybody
 * @param theirs messages the person sent to the owner
 * @param mine messages the owner sent to the person
 * @param theirsInWindow of {@code theirs}, those within the charter's window
 * @param mineInWindow of {@code mine}, those within the charter's window
 * @param first the earliest dated message, or null
 * @param last the latest dated message, or null
 * @param source where the latest message is
 */
public record ExchangeCount(
    Channel channel,
    int partner,
    int theirs,
    int mine,
    int theirsInWindow,
    int mineInWindow,
    LocalDate first,
    LocalDate last,
    SourceRef source) {

  public ExchangeCount {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
  }

  /** The counts of two people found to be one contact, on the same channel. */
  ExchangeCount plus(ExchangeCount other) {
    boolean otherNewer =
        other.last != null && (last == null || other.last.isAfter(last))
            || (last == null && other.last == null);
    return new ExchangeCount(
        channel,
        partner,
        theirs + other.theirs,
        mine + other.mine,
        theirsInWindow + other.theirsInWindow,
        mineInWindow + other.mineInWindow,
        first == null || (other.first != null && other.first.isBefore(first)) ? other.first : first,
        otherNewer ? other.last : last,
        otherNewer ? other.source : source);
  }
}
