package de.kontaktcharta.source.xingexport;

import java.util.Objects;

/**
 * What a file of the XING export was recognised as.
 *
 * @param kind the kind
 * @param reason why, in one English sentence; for {@link XingFileKind#HTML_VIEW} and {@link
 *     XingFileKind#UNKNOWN} the text the Problems sheet shows
 */
public record XingDetection(XingFileKind kind, String reason) {

  public XingDetection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** True for the kinds a reader of this package reads. */
  public boolean readable() {
    return kind == XingFileKind.CONTACTS
        || kind == XingFileKind.NOTES
        || kind == XingFileKind.MESSAGES;
  }
}
