package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * An account named in one of the owner's own posts. The archive holds only what the owner posted,
 * so these are one-way signals at most; their main use is to link the numeric ids of direct
 * messages to handles and names (see {@link XHandleBook}). A reply in the owner's own thread names
 * the owner: compare {@link #userId()} with the owner's account id.
 *
 * @param tweetId the id of the owner's post
 * @param postedAt when the owner posted it; null when the archive's date could not be read
 * @param userId the named account's numeric id
 * @param handle its handle without {@code @} as it was at the time; may be empty for replies
 * @param name its display name at the time; may be empty
 * @param kind how the owner named the account
 * @param source file and line of the post
 */
public record XMention(
    String tweetId,
    Instant postedAt,
    String userId,
    String handle,
    String name,
    Kind kind,
    SourceRef source) {

  /** How the owner's post names the account. */
  public enum Kind {
    /** The post answers one of this account's posts. */
    REPLY,
    /** The post mentions the account. */
    MENTION,
    /** The post shares ("retweets") one of this account's posts. */
    RETWEET,
    /** The account is named inside a post the owner shared: identifies it, is no signal. */
    IN_RETWEET
  }

  public XMention {
    Objects.requireNonNull(tweetId, "tweetId");
    Objects.requireNonNull(userId, "userId");
    handle = handle == null ? "" : handle;
    name = name == null ? "" : name;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** True for replies, mentions and retweets: something the owner did toward the account. */
  public boolean signal() {
    return kind != Kind.IN_RETWEET;
  }
}
