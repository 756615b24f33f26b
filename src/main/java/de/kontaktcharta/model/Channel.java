package de.kontaktcharta.model;

/**
 * The channel a message was exchanged on. The charter's EXCHANGE reason counts the messages of all
 * channels together; the report names each channel in the user's language ({@code channel.CODE}).
 */
public enum Channel {
  LINKEDIN,
  EMAIL,
  WHATSAPP,
  X,
  MASTODON,
  TELEGRAM,
  XING,
  FACEBOOK,
  INSTAGRAM;

  /**
   * True for a channel whose export holds only what the owner sent (Mastodon's archive): it can
   * show that the owner wrote to someone, never that they wrote back, so its messages are weak
   * evidence at most and never count toward the threshold of an exchange both ways.
   */
  public boolean oneSided() {
    return this == MASTODON;
  }
}
