package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code manifest.js}: who the archive belongs to, when it was made, and every data file with its
 * parts and entry counts.
 *
 * @param owner the owner from {@code userInfo}; null when the manifest does not name one
 * @param generatedAt when X made the archive; null when unknown
 * @param files every data file the manifest lists, in its order
 * @param source file and line
 */
public record XManifest(
    XAccount owner, Instant generatedAt, List<XManifestFile> files, SourceRef source) {

  public XManifest {
    files = List.copyOf(files);
    Objects.requireNonNull(source, "source");
  }

  /** The listed files of one data type, e.g. {@code directMessages}. */
  public List<XManifestFile> filesOf(String dataType) {
    return files.stream().filter(f -> f.dataType().equals(dataType)).toList();
  }
}
