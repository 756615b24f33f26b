package de.kontaktcharta.source.x;

import java.util.Objects;

/**
 * One data file as {@code manifest.js} lists it.
 *
 * @param dataType the manifest's key, e.g. {@code directMessages}, {@code tweets}
 * @param fileName the path inside the archive, e.g. {@code data/tweets-part1.js}
 * @param globalName the JavaScript name the file assigns, e.g. {@code YTD.tweets.part1}
 * @param count how many entries the file holds according to the manifest; -1 when not given
 */
public record XManifestFile(String dataType, String fileName, String globalName, int count) {

  public XManifestFile {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(globalName, "globalName");
  }
}
