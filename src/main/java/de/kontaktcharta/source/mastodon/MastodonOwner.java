package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * The owner of the archive, from {@code actor.json}.
 *
 * @param uri the actor URI, e.g. {@code https://social.example/users/max}
 * @param username the {@code preferredUsername}, e.g. {@code max}
 * @param handle {@code @username@host}, the host taken from the URI
 * @param displayName the profile's display name; may be empty
 * @param profileUrl the profile page, e.g. {@code https://social.example/@max}; may be empty
 * @param source file and line
 */
public record MastodonOwner(
    String uri,
    String username,
    String handle,
    String displayName,
    String profileUrl,
    SourceRef source) {

  public MastodonOwner {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(handle, "handle");
    displayName = displayName == null ? "" : displayName;
    profileUrl = profileUrl == null ? "" : profileUrl;
    Objects.requireNonNull(source, "source");
  }
}
