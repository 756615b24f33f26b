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
  INSTAGRAM
}
