/**
 * Reads the headers of e-mail messages from mailboxes (mbox as Google Takeout, Thunderbird and
 * Apple Mail write it) and single message files ({@code .eml}, Apple Mail's {@code .emlx}), in
 * constant memory for any file size.
 *
 * <p>Entry points: {@link de.kontaktcharta.source.mail.MailDetector} recognises a file by its first
 * bytes; {@link de.kontaktcharta.source.mail.MboxReader} and {@link
 * de.kontaktcharta.source.mail.MessageFileReader} report every message to a {@link
 * de.kontaktcharta.source.mail.MailListener} as exactly one of: its {@link
 * de.kontaktcharta.source.mail.MailHeaders}, a skip, or a {@link
 * de.kontaktcharta.source.mail.MailProblem}. Bodies are never read into memory.
 *
 * <p>This package depends only on the JDK and Apache James mime4j.
 */
package de.kontaktcharta.source.mail;
