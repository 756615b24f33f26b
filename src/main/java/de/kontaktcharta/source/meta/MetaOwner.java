package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * The export's owner, as the profile file names them.
 *
 * @param platform Facebook or Instagram
 * @param name the display name the owner's messages carry as sender
 * @param username the Instagram user name, or null (Facebook's profile file is not read for one)
 * @param source the profile file
 */
public record MetaOwner(MetaPlatform platform, String name, String username, SourceRef source) {

  public MetaOwner {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
