package de.kontaktcharta.source.mail;

/**
 * A header that marks a message as sent by a list, a machine or to many: such messages are no
 * personal exchange.
 */
public enum BulkSignal {
  /** {@code List-Id} (RFC 2919): sent through a mailing list. */
  LIST_ID,
  /** {@code List-Unsubscribe} (RFC 2369): newsletters and mass mailings. */
  LIST_UNSUBSCRIBE,
  /** {@code Precedence: bulk}, {@code list} or {@code junk}. */
  PRECEDENCE,
  /** {@code Auto-Submitted} (RFC 3834) with any value other than {@code no}. */
  AUTO_SUBMITTED,
  /** {@code X-Autoreply} or {@code X-Autorespond}, written by vacation responders. */
  AUTO_REPLY,
  /** {@code Return-Path: <>}: bounces and automatic replies have no return address. */
  NULL_RETURN_PATH,
  /** The From or Sender address is a no-reply, mailer-daemon or postmaster address. */
  NO_REPLY_SENDER
}
