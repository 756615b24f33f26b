package de.kontaktcharta.source.mail;

/** Which line gave a message its date, in the order they are tried. */
public enum DateSource {
  /** The {@code Date:} header. */
  DATE_HEADER,
  /** The mbox From_ line, written when the message was stored. */
  FROM_LINE,
  /** The date after the last {@code ;} of the bottom-most {@code Received:} header. */
  RECEIVED
}
