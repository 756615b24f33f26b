package de.kontaktcharta.source.mastodon;

/** The JSON files of a Mastodon account archive ("Request your archive"). */
public enum MastodonFileKind {
  /** {@code outbox.json}: everything the owner posted or boosted. */
  OUTBOX,
  /** {@code actor.json}: the owner's profile. */
  ACTOR,
  /** {@code likes.json}: addresses of posts the owner liked; understood, not read. */
  LIKES,
  /** {@code bookmarks.json}: addresses of posts the owner bookmarked; understood, not read. */
  BOOKMARKS
}
