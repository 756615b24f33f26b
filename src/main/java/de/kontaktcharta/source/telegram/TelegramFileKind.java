package de.kontaktcharta.source.telegram;

/** What kind of Telegram Desktop export a file is. */
public enum TelegramFileKind {
  /** {@code result.json} of "Export Telegram data": owner, contacts and all chats. */
  FULL_EXPORT,
  /** {@code result.json} of "Export chat history" for one chat: the chat object itself. */
  SINGLE_CHAT,
  /** {@code messages.html}, {@code export_results.html}: the default HTML export; not read. */
  HTML_EXPORT
}
