package de.kontaktcharta.source.whatsapp;

/** The line layouts of WhatsApp exports; one file uses one of them throughout. */
public enum ChatFormat {
  /** {@code 05.12.25, 14:03 - Erika Mustermann: text}, or {@code 12/5/25, 2:03 PM - …}. */
  ANDROID,
  /** {@code [05.12.25, 14:03:11] Erika Mustermann: text}, often with a leading U+200E. */
  IOS,
  /** {@code 24.12.16, 13:08:16: Erika: text}, written by iOS until about 2017. */
  IOS_OLD
}
