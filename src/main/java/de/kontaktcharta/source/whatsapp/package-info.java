/**
 * Reads WhatsApp chat exports: the {@code .txt} that Android writes ({@code WhatsApp Chat mit
 * NAME.txt}) and the {@code _chat.txt} inside the {@code .zip} that iOS writes, in German, English
 * and other locales with day- or month-first dates and 24- or 12-hour clocks.
 *
 * <p>Entry points: {@link de.kontaktcharta.source.whatsapp.ChatDetector} recognises a chat by its
 * first lines; {@link de.kontaktcharta.source.whatsapp.ChatReader} reports every message and system
 * line to a {@link de.kontaktcharta.source.whatsapp.ChatListener} and returns a {@link
 * de.kontaktcharta.source.whatsapp.ChatSummary} (authors, group or one-to-one); {@link
 * de.kontaktcharta.source.whatsapp.WhatsAppExport} tells which entry of an export archive is the
 * chat. Message texts are classified and then dropped, never kept.
 *
 * <p>This package depends only on the JDK.
 */
package de.kontaktcharta.source.whatsapp;
