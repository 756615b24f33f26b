package de.kontaktcharta.source.mail;

/**
 * Bounds that keep memory constant whatever a mailbox holds.
 *
 * @param maxHeaderBytes header bytes kept per message; the rest of an endless header is skipped and
 *     the message is marked {@link MailHeaders#headerTruncated()}
 * @param bufferBytes size of the read buffer; longer lines are handled in pieces
 */
public record MailLimits(int maxHeaderBytes, int bufferBytes) {

  /** 256 KB of header is far more than any real message has (Gmail's are a few KB). */
  public static final MailLimits DEFAULT = new MailLimits(256 * 1024, 256 * 1024);

  public MailLimits {
    if (maxHeaderBytes < 1024 || bufferBytes < 1024) {
      throw new IllegalArgumentException(
          "limits below 1 KB: " + maxHeaderBytes + ", " + bufferBytes);
    }
  }
}
