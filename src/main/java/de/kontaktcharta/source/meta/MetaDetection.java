package de.kontaktcharta.source.meta;

import java.util.Objects;

/**
 * What a file of a Facebook or Instagram export was recognised as.
 *
 * @param kind the kind
 * @param platform Facebook or Instagram, as far as path and content tell
 * @param reason why, in one English sentence; for {@link MetaFileKind#HTML_MESSAGES} what the user
 *     should do
 */
public record MetaDetection(MetaFileKind kind, MetaPlatform platform, String reason) {

  public MetaDetection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(reason, "reason");
  }

  /** True for the kinds a reader of this package reads. */
  public boolean readable() {
    return kind == MetaFileKind.THREAD
        || kind == MetaFileKind.SECURE_STORAGE_THREAD
        || kind == MetaFileKind.PROFILE;
  }
}
