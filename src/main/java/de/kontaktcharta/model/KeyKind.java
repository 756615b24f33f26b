package de.kontaktcharta.model;

/** Kinds of identity keys, strongest first; the order is the order in which matches are tried. */
public enum KeyKind {
  /** A normalised profile URL (LinkedIn, XING or another site). */
  URL("url"),
  /** A LinkedIn member URN such as {@code urn:li:member:123}. */
  URN("urn"),
  EMAIL("email"),
  NAME_COMPANY("name+company"),
  NAME("name");

  private final String label;

  KeyKind(String label) {
    this.label = label;
  }

  /** The confidence label shown in reports, e.g. {@code name+company}. */
  public String label() {
    return label;
  }
}
