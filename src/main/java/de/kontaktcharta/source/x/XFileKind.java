package de.kontaktcharta.source.x;

/** What a file of an X (Twitter) data archive holds, as far as this tool cares. */
public enum XFileKind {
  /** {@code manifest.js}: {@code window.__THAR_CONFIG}, lists every data file and its parts. */
  MANIFEST,
  /** {@code account.js}: the archive's owner. */
  ACCOUNT,
  /** {@code direct-messages.js} (2019–2020: {@code direct-message.js}): one-to-one messages. */
  DIRECT_MESSAGES,
  /** {@code direct-messages-group.js}: group conversations. */
  GROUP_DIRECT_MESSAGES,
  /**
   * {@code direct-message-headers.js} (2023 on): the one-to-one messages again, without text. Read
   * only when the archive has no {@link #DIRECT_MESSAGES} file; see {@link XArchiveCheck}.
   */
  DIRECT_MESSAGE_HEADERS,
  /** {@code direct-message-group-headers.js}: the group messages again, without text. */
  GROUP_DIRECT_MESSAGE_HEADERS,
  /** {@code tweets.js} / {@code tweet.js} / {@code deleted-tweets.js}: the owner's own posts. */
  TWEETS,
  /** {@code follower.js}: accounts that follow the owner (ids only, no dates). */
  FOLLOWERS,
  /** {@code following.js}: accounts the owner follows (ids only, no dates). */
  FOLLOWING,
  /** Another data file of the archive (likes, blocks, ads, …): understood, holds no evidence. */
  NOT_USED,
  /**
   * The pre-2019 "Tweet archive" ({@code Grailbird.data.tweets_YYYY_MM}): public tweets only, no
   * direct messages; not read.
   */
  OLD_TWEET_ARCHIVE;

  /** True for the files that list direct messages, with or without their text. */
  public boolean directMessages() {
    return this == DIRECT_MESSAGES
        || this == GROUP_DIRECT_MESSAGES
        || this == DIRECT_MESSAGE_HEADERS
        || this == GROUP_DIRECT_MESSAGE_HEADERS;
  }

  /** True for group conversations, which never count toward an exchange threshold. */
  public boolean group() {
    return this == GROUP_DIRECT_MESSAGES || this == GROUP_DIRECT_MESSAGE_HEADERS;
  }
}
