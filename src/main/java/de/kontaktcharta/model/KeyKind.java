package de.kontaktcharta.model;

/**
 * Kinds of identity keys. The order is the order in which a person's keys are listed and in which
 * the first of them gives a contact its stable ID. Which keys are compared first is identity's
 * business: phone numbers and handles count as much as e-mail addresses there, but they stand last
 * here, so that contacts who had an ID before phone numbers were read keep it.
 */
public enum KeyKind {
  /** A normalised profile URL (LinkedIn, XING or another site). */
  URL("url"),
  /** A LinkedIn member URN such as {@code urn:li:member:123}. */
  URN("urn"),
  EMAIL("email"),
  NAME_COMPANY("name+company"),
  NAME("name"),
  /** A phone number in E.164, e.g. {@code +491711234567}. */
  PHONE("phone"),
  /** An account on another channel, e.g. {@code x:@name} or {@code mastodon:@user@host}. */
  HANDLE("handle");

  private final String label;

  KeyKind(String label) {
    this.label = label;
  }

  /** The confidence label shown in reports, e.g. {@code name+company}. */
  public String label() {
    return label;
  }

  /** True for keys that name one person whatever else is known: profiles, addresses, numbers. */
  public boolean strong() {
    return this != NAME && this != NAME_COMPANY;
  }
}
