package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import java.util.Objects;

/**
 * What a file of the XING export was recognised as.
 *
 * @param kind the kind
 * @param reason for {@link XingFileKind#HTML_VIEW} and {@link XingFileKind#UNKNOWN} why the file is
 *     not read, the text the Problems sheet shows; {@link Message#NONE} for a file that is read
 */
public record XingDetection(XingFileKind kind, Message reason) {

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
