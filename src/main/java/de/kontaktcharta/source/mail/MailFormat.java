package de.kontaktcharta.source.mail;

/** The mail file formats {@link MailDetector} tells apart. */
public enum MailFormat {
  /** Many messages, each after a From_ line: read with {@link MboxReader}. */
  MBOX,
  /** One RFC 5322 message: read with {@link MessageFileReader#readEml}. */
  EML,
  /** Apple Mail's one-message file: read with {@link MessageFileReader#readEmlx}. */
  EMLX,
  /**
   * Thunderbird's {@code .msf} summary file (Mork), which lies beside every mbox folder file: an
   * index, no mail; to be passed over knowingly, not reported as unknown.
   */
  MORK_INDEX
}
