package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * One entry of {@code follower.js} or {@code following.js}: an account id, without handle, name or
 * date, as the relation stood when the archive was made. Following each other is no exchange: it
 * says the accounts know of each other, not that the people talk.
 *
 * @param accountId the other account's numeric id
 * @param direction who follows whom
 * @param source file and line
 */
public record XFollow(String accountId, Direction direction, SourceRef source) {

  /** Who follows whom. */
  public enum Direction {
    /** The account follows the owner ({@code follower.js}). */
    FOLLOWS_OWNER,
    /** The owner follows the account ({@code following.js}). */
    FOLLOWED_BY_OWNER
  }

  public XFollow {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(source, "source");
  }
}
