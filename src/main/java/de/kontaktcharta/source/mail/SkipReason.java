package de.kontaktcharta.source.mail;

/** Why a message was knowingly left out. */
public enum SkipReason {
  /**
   * Thunderbird marked it deleted ({@code X-Mozilla-Status} flag 0x0008) but has not yet compacted
   * the folder: the user no longer sees it.
   */
  DELETED
}
