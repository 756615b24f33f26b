package de.kontaktcharta.source.mastodon;

import java.util.Objects;

/**
 * A fediverse account as the archive names it.
 *
 * @param uri the actor URI, e.g. {@code https://social.example/users/erika}; the stable identifier
 * @param handle {@code @user@host} as people write it, e.g. {@code @erika@social.example}; empty
 *     when neither a mention nor the URI's form tells
 */
public record MastodonAccount(String uri, String handle) {

  public MastodonAccount {
    Objects.requireNonNull(uri, "uri");
    handle = handle == null ? "" : handle;
  }
}
