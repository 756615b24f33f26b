package de.kontaktcharta.source.x;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the files of an X (Twitter) data archive by their first bytes. Every data file is a
 * JavaScript assignment, {@code window.YTD.<name>.part<N> = [ … ]}; the name, not the file name,
 * says what is inside, because files were renamed over the years ({@code direct-message.js} in
 * 2020, {@code direct-messages.js} since 2021) and moved from the archive root into {@code data/}.
 */
public final class XDetector {

  private static final Pattern YTD =
      Pattern.compile("window\\.YTD\\.([A-Za-z0-9_]+)\\.part(\\d{1,6})\\s*=");
  private static final Pattern MANIFEST = Pattern.compile("window\\.__THAR_CONFIG\\s*=");
  private static final Pattern GRAILBIRD = Pattern.compile("Grailbird\\.data\\.(\\w+)\\s*=");

  private static final Map<String, XFileKind> KINDS =
      Map.ofEntries(
          Map.entry("account", XFileKind.ACCOUNT),
          Map.entry("direct_messages", XFileKind.DIRECT_MESSAGES),
          Map.entry("direct_message", XFileKind.DIRECT_MESSAGES),
          Map.entry("direct_messages_group", XFileKind.GROUP_DIRECT_MESSAGES),
          Map.entry("direct_message_group", XFileKind.GROUP_DIRECT_MESSAGES),
          Map.entry("direct_message_headers", XFileKind.DIRECT_MESSAGE_HEADERS),
          Map.entry("direct_message_group_headers", XFileKind.GROUP_DIRECT_MESSAGE_HEADERS),
          Map.entry("tweets", XFileKind.TWEETS),
          Map.entry("tweet", XFileKind.TWEETS),
          Map.entry("deleted_tweets", XFileKind.TWEETS),
          Map.entry("follower", XFileKind.FOLLOWERS),
          Map.entry("following", XFileKind.FOLLOWING));

  private XDetector() {}

  /**
   * The kind of file whose first bytes are {@code head}; a few hundred bytes are plenty.
   *
   * @param head the first bytes of the file (may end in the middle of a character)
   * @return empty when the file is no X archive file
   */
  public static Optional<XFileType> detect(byte[] head) {
    String text = start(head);
    Matcher ytd = YTD.matcher(text);
    if (ytd.lookingAt()) {
      String name = ytd.group(1);
      int part = Integer.parseInt(ytd.group(2));
      XFileKind kind = kindOf(name);
      return Optional.of(new XFileType(kind, "YTD." + name + ".part" + part, part));
    }
    if (MANIFEST.matcher(text).lookingAt()) {
      return Optional.of(new XFileType(XFileKind.MANIFEST, "__THAR_CONFIG", 0));
    }
    Matcher old = GRAILBIRD.matcher(text);
    if (old.lookingAt()) {
      return Optional.of(
          new XFileType(XFileKind.OLD_TWEET_ARCHIVE, "Grailbird.data." + old.group(1), 0));
    }
    return Optional.empty();
  }

  /**
   * True for the members of an archive that hold nothing for this tool and need no mention: the
   * HTML viewer ({@code Your archive.html}, {@code assets/…}), the README, and media folders
   * ({@code data/tweets_media/…}, {@code direct_message_media/…} at the root in 2020).
   *
   * @param path the member's path inside the archive, with {@code /} or backslash separators
   */
  public static boolean viewerOrMedia(String path) {
    String[] segments = path.replace('\\', '/').split("/");
    String name = segments[segments.length - 1];
    if (name.equals("Your archive.html") || name.equals("README.txt")) {
      return true;
    }
    for (int i = 0; i < segments.length - 1; i++) {
      if (segments[i].equals("assets") || segments[i].endsWith("_media")) {
        return true;
      }
    }
    return false;
  }

  /** The kind of data behind a global name's middle part, e.g. {@code direct_messages}. */
  static XFileKind kindOf(String name) {
    return KINDS.getOrDefault(name, XFileKind.NOT_USED);
  }

  /** The head as text, without a byte order mark and leading white space. */
  private static String start(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    int from = 0;
    while (from < text.length()
        && (text.charAt(from) == '\uFEFF' || Character.isWhitespace(text.charAt(from)))) {
      from++;
    }
    return text.substring(from);
  }
}
