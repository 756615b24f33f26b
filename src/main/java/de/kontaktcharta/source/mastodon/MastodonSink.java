package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.Problem;

/** Receives what {@link MastodonReader} finds, in file order; problems are never optional. */
public interface MastodonSink {

  /** The archive's owner from {@code actor.json}. */
  default void owner(MastodonOwner owner) {}

  /** A direct post or a reply the owner sent. */
  default void post(MastodonPost post) {}

  /** Something the user should know about. */
  void problem(Problem problem);
}
