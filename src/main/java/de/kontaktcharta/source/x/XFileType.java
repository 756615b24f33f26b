package de.kontaktcharta.source.x;

import java.util.Objects;

/**
 * What {@link XDetector} found at the head of a file.
 *
 * @param kind the kind of data
 * @param globalName the JavaScript name the file assigns, e.g. {@code YTD.direct_messages.part0}
 * @param part the part number from the global name (0 for the first or only part; large data types
 *     are split into {@code tweets-part1.js}, … with parts 1, 2, …)
 */
public record XFileType(XFileKind kind, String globalName, int part) {

  public XFileType {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(globalName, "globalName");
  }
}
