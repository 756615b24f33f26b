package de.kontaktcharta.source.mastodon;

import java.util.Objects;

/**
 * What reading one file gave, for the accounting: every item is used, no evidence, or listed as a
 * problem.
 *
 * @param file the file name as the caller gave it
 * @param kind what the file holds
 * @param items items read ({@code orderedItems} of the outbox; 1 for the actor)
 * @param used records passed on (posts, the owner)
 * @param noEvidence items that address nobody in particular: public posts, boosts, notes to nobody,
 *     replies to the owner's own posts
 * @param skipped items left out, each with a problem
 * @param complete false when the file could not be read to its end (a problem says where)
 */
public record MastodonFileSummary(
    String file,
    MastodonFileKind kind,
    int items,
    int used,
    int noEvidence,
    int skipped,
    boolean complete) {

  public MastodonFileSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
  }
}
