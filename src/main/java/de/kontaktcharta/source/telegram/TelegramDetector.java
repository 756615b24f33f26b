package de.kontaktcharta.source.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Telegram Desktop exports by their first bytes. A full JSON export starts with {@code
 * "about"} (or, without it, with {@code "personal_information"}) followed by sections; a single
 * chat starts with its {@code "name"}, {@code "type"} and {@code "id"}; the HTML export with
 * Telegram's page frame.
 */
public final class TelegramDetector {

  /** Telegram Desktop starts with "about"; exports trimmed by other tools go straight on. */
  private static final Pattern FULL_START =
      Pattern.compile("\\{\\s*\"(about|personal_information)\"\\s*:");

  private static final Pattern SECTION =
      Pattern.compile(
          "\"(personal_information|profile_pictures|stories|contacts|frequent_contacts|sessions"
              + "|web_sessions|other_data|chats|left_chats)\"\\s*:");
  private static final Pattern CHAT_TYPE =
      Pattern.compile(
          "\"type\"\\s*:\\s*\"(personal_chat|bot_chat|saved_messages|replies|private_group"
              + "|private_supergroup|public_supergroup|private_channel|public_channel)\"");
  private static final Pattern CHAT_START = Pattern.compile("\\{\\s*\"(name|type|id)\"\\s*:");

  /** The folders Telegram Desktop writes beside {@code result.json}, and the HTML's own. */
  private static final Set<String> MEDIA =
      Set.of(
          "photos",
          "files",
          "video_files",
          "voice_messages",
          "round_video_messages",
          "stickers",
          "animations",
          "contacts",
          "profile_pictures",
          "stories",
          "css",
          "js",
          "images");

  private TelegramDetector() {}

  /**
   * True for the members of an export that hold nothing for this tool and need no mention: media
   * folders ({@code photos/…}, {@code voice_messages/…}, …) and the HTML export's style sheets,
   * scripts and images. The HTML pages themselves are recognised by {@link #detect}.
   *
   * @param path the member's path inside the export, with {@code /} or backslash separators
   */
  public static boolean media(String path) {
    String[] segments = path.replace('\\', '/').split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (MEDIA.contains(segments[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of export whose first bytes are {@code head}; a few KB are plenty.
   *
   * @return empty when the file is no Telegram export
   */
  public static Optional<TelegramFileKind> detect(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    Matcher full = FULL_START.matcher(text);
    if (full.lookingAt()
        && (full.group(1).equals("about")
            ? SECTION.matcher(text).find() || text.contains("Telegram")
            : SECTION.matcher(text).results().count() >= 2)) {
      return Optional.of(TelegramFileKind.FULL_EXPORT);
    }
    if (CHAT_START.matcher(text).lookingAt()
        && CHAT_TYPE.matcher(text).find()
        && text.contains("\"messages\"")) {
      return Optional.of(TelegramFileKind.SINGLE_CHAT);
    }
    if ((startsIgnoringCase(text, "<!doctype html") || startsIgnoringCase(text, "<html"))
        && (text.contains("<title>Exported Data</title>")
            || (text.contains("class=\"page_wrap\"") && text.contains("class=\"page_header\"")))) {
      return Optional.of(TelegramFileKind.HTML_EXPORT);
    }
    return Optional.empty();
  }

  private static boolean startsIgnoringCase(String text, String start) {
    return text.regionMatches(true, 0, start, 0, start.length());
  }
}
