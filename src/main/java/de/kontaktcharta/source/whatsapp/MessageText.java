package de.kontaktcharta.source.whatsapp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a message's text says about its kind: media placeholders, deleted messages and calls are
 * written as fixed phrases in the phone's language.
 */
final class MessageText {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * Android without media {@code <Medien ausgeschlossen>}, with media {@code IMG-….jpg (Datei
   * angehängt)}; iOS {@code Bild weggelassen} or, with media, {@code <Anhang: 0000-PHOTO-….jpg>}.
   */
  private static final Pattern MEDIA =
      Pattern.compile(
          "<(?:medien ausgeschlossen|media omitted|medien weggelassen)>"
              + "|.*\\((?:datei angehängt|file attached)\\)"
              + "|(?:.*\\s)?(?:bild|audio|video|gif|sticker|dokument|kontaktkarte|kontakt"
              + "|image|document|contact card|contact) (?:weggelassen|omitted)"
              + "|.*<(?:anhang|attached):\\s*[^>]+>.*",
          FLAGS | Pattern.DOTALL);

  private static final Pattern DELETED =
      Pattern.compile(
          "(?:diese nachricht wurde gelöscht|du hast diese nachricht gelöscht"
              + "|this message was deleted|you deleted this message)\\.?",
          FLAGS);

  private static final Pattern CALL =
      Pattern.compile(
          "(?:verpasster )?(?:sprach|video)anruf(?:[ .,].*)?"
              + "|(?:missed )?(?:voice|video) call(?:[ .,].*)?",
          FLAGS);

  private MessageText() {}

  /** The kind of a message with this text, its leading direction marks removed. */
  static ChatMessage.Kind kindOf(String text) {
    if (text.length() > SystemPhrases.MAX_LENGTH) {
      return ChatMessage.Kind.TEXT;
    }
    // Each phrase holds one of these words; most texts hold none and skip the patterns.
    String lower = text.toLowerCase(Locale.ROOT);
    if ((lower.contains("<")
            || lower.contains("weggelassen")
            || lower.contains("omitted")
            || lower.contains("("))
        && MEDIA.matcher(text).matches()) {
      return ChatMessage.Kind.MEDIA;
    }
    if ((lower.contains("gelöscht") || lower.contains("deleted"))
        && DELETED.matcher(text).matches()) {
      return ChatMessage.Kind.DELETED;
    }
    return (lower.contains("anruf") || lower.contains("call")) && CALL.matcher(text).matches()
        ? ChatMessage.Kind.CALL
        : ChatMessage.Kind.TEXT;
  }
}
