package de.kontaktcharta.source.mastodon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the files of a Mastodon archive by their first bytes: ActivityStreams JSON whose
 * collection id Mastodon rewrites to the file name ({@code "id": "outbox.json"}), or the owner's
 * {@code Person}. The {@code @context} of {@code actor.json} can be long; give the detector a few
 * KB. When the head ends before the type, the name {@code actor.json} decides.
 */
public final class MastodonDetector {

  private static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
  private static final Pattern COLLECTION_ID =
      Pattern.compile("\"id\"\\s*:\\s*\"(outbox|likes|bookmarks)\\.json\"");
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");

  private MastodonDetector() {}

  /**
   * True for the members of an archive that hold nothing for this tool and need no mention: the
   * media ({@code media_attachments/…}) and the profile images ({@code avatar.*}, {@code
   * header.*}).
   *
   * @param path the member's path inside the archive, with {@code /} or backslash separators
   */
  public static boolean media(String path) {
    String[] segments = path.replace('\\', '/').split("/");
    String name = segments[segments.length - 1];
    return Arrays.asList(segments).contains("media_attachments")
        || (segments.length == 1 && (name.startsWith("avatar.") || name.startsWith("header.")));
  }

  /**
   * The kind of file, from its name (used only as a last hint) and its first bytes.
   *
   * @return empty when the file is no Mastodon archive file
   */
  public static Optional<MastodonFileKind> detect(String fileName, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    String start = text.stripLeading().replace("\uFEFF", "");
    if (!start.startsWith("{") || !text.contains(ACTIVITY_STREAMS)) {
      return Optional.empty();
    }
    Matcher id = COLLECTION_ID.matcher(text);
    if (id.find()) {
      return Optional.of(MastodonFileKind.valueOf(id.group(1).toUpperCase(Locale.ROOT)));
    }
    Matcher type = TYPE.matcher(text);
    boolean collection = false;
    while (type.find()) {
      switch (type.group(1)) {
        case "Person", "Service", "Application", "Group", "Organization":
          if (text.contains("\"preferredUsername\"") || text.contains("\"inbox\"")) {
            return Optional.of(MastodonFileKind.ACTOR);
          }
          break;
        case "OrderedCollection":
          collection = true;
          break;
        case "Create", "Announce":
          if (collection) {
            return Optional.of(MastodonFileKind.OUTBOX);
          }
          break;
        default:
          break;
      }
    }
    String name = fileName.replace('\\', '/');
    if (name.equals("actor.json") || name.endsWith("/actor.json") || name.endsWith("!actor.json")) {
      return Optional.of(MastodonFileKind.ACTOR);
    }
    return Optional.empty();
  }
}
