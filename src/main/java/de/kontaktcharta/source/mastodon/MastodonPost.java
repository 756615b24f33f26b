package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post the owner addressed to particular people: a direct post, or a reply. The archive holds
 * only what the owner sent, so a post is a one-way signal; what the others answered is not in it.
 * The text is not kept.
 *
 * @param statusUri the post's URI
 * @param published when it was posted
 * @param kind direct post or reply
 * @param addressed who it was for: the addressees of a direct post, the author replied to
 * @param inReplyTo the URI of the post answered; empty when none
 * @param conversation Mastodon's conversation id, to group a thread; may be empty
 * @param item the 1-based position in the outbox's {@code orderedItems}
 * @param source file and line (often line 1: Mastodon writes the outbox without line breaks)
 */
public record MastodonPost(
    String statusUri,
    Instant published,
    Kind kind,
    List<MastodonAccount> addressed,
    String inReplyTo,
    String conversation,
    int item,
    SourceRef source) {

  /** What kind of post. */
  public enum Kind {
    /** Visible only to the people it mentions (Mastodon's "direct" or "private mention"). */
    DIRECT,
    /** A reply visible to more people (public, unlisted or followers only). */
    REPLY
  }

  public MastodonPost {
    Objects.requireNonNull(statusUri, "statusUri");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(kind, "kind");
    addressed = List.copyOf(addressed);
    inReplyTo = inReplyTo == null ? "" : inReplyTo;
    conversation = conversation == null ? "" : conversation;
    Objects.requireNonNull(source, "source");
  }
}
