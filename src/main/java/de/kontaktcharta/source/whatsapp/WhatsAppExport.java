package de.kontaktcharta.source.whatsapp;

import java.util.Locale;

/**
 * The archive WhatsApp writes when a chat is exported with media (and always on iOS): the chat as
 * {@code _chat.txt} (iOS) or {@code WhatsApp Chat mit NAME.txt} (Android) beside photos, voice
 * messages and documents. Walking the archive is the caller's business; this tells which entry to
 * read and under which title.
 */
public final class WhatsAppExport {

  private WhatsAppExport() {}

  /**
   * True for an entry that may hold the chat: a {@code .txt} file, not macOS metadata. A document
   * sent as {@code .txt} is also such an entry; {@link ChatDetector} tells them apart by content.
   */
  public static boolean isChatTextEntry(String entryName) {
    String name = entryName.replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.toLowerCase(Locale.ROOT).endsWith(".txt")
        && !base.startsWith("._")
        && !name.startsWith("__MACOSX/")
        && !name.contains("/__MACOSX/");
  }

  /**
   * The source of a chat entry: shown as {@code archive!entry}, titled by the entry's name
   * (Android) or else the archive's ({@code WhatsApp Chat - NAME.zip} on iOS).
   */
  public static ChatSource source(String archiveName, String entryName) {
    String title = ChatTitle.fromFileName(entryName);
    if (title == null) {
      title = ChatTitle.fromFileName(archiveName);
    }
    return new ChatSource(archiveName + "!" + entryName, title);
  }
}
