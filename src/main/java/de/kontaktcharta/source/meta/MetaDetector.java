package de.kontaktcharta.source.meta;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the files of a Facebook or Instagram "Download your information" export, and of
 * Messenger's download of end-to-end-encrypted chats, by their content; the path tells the platform
 * and whether an unknown file belongs to such an export.
 */
public final class MetaDetector {

  /** How many bytes of a file's start the detector wants; fewer work for short files. */
  public static final int HEAD_BYTES = 8192;

  private static final Pattern HTML_THREAD = Pattern.compile("message_\\d+\\.html?");
  private static final Pattern JSON_THREAD = Pattern.compile("message_\\d+\\.json");

  private MetaDetector() {}

  /**
   * What a file is.
   *
   * @param name the file's path or archive entry name
   * @param head the file's first bytes
   * @param length how many bytes of {@code head} are valid
   * @return the kind, or empty when the file is not part of such an export
   */
  public static Optional<MetaDetection> detect(String name, byte[] head, int length) {
    MetaLayout layout = MetaLayout.of(name);
    boolean inExport = MetaLayout.inExport(name) || layout.section() != null;
    String file = layout.fileName().toLowerCase(Locale.ROOT);
    if (HTML_THREAD.matcher(file).matches() && (inExport || html(head, length))) {
      return Optional.of(
          new MetaDetection(
              MetaFileKind.HTML_MESSAGES,
              layout.platform(),
              "messages of a Facebook/Instagram export in the HTML format, which is not read:"
                  + " request the download again with the format JSON"));
    }
    JsonHead.Shape shape = length > 0 ? JsonHead.of(head, length) : JsonHead.Shape.NONE;
    switch (shape) {
      case THREAD -> {
        return found(MetaFileKind.THREAD, layout.platform(), "a Facebook/Instagram message thread");
      }
      case SECURE_STORAGE_THREAD -> {
        MetaPlatform platform =
            layout.platform() == MetaPlatform.UNKNOWN ? MetaPlatform.FACEBOOK : layout.platform();
        return found(
            MetaFileKind.SECURE_STORAGE_THREAD,
            platform,
            "a Messenger chat from the download of end-to-end-encrypted chats");
      }
      case FACEBOOK_PROFILE -> {
        return found(MetaFileKind.PROFILE, MetaPlatform.FACEBOOK, "the Facebook profile");
      }
      case INSTAGRAM_PROFILE -> {
        return found(MetaFileKind.PROFILE, MetaPlatform.INSTAGRAM, "the Instagram profile");
      }
      default -> {
        if (inExport && JSON_THREAD.matcher(file).matches()) {
          // named and placed as a thread but empty or damaged: its reader names what is wrong
          return found(
              MetaFileKind.THREAD,
              layout.platform(),
              "a Facebook/Instagram message thread by its name and folder; its content is not"
                  + " what a thread starts with");
        }
        return inExport
            ? found(
                MetaFileKind.OTHER,
                layout.platform(),
                "part of a Facebook/Instagram export without messages; not read")
            : Optional.empty();
      }
    }
  }

  /** Folders of media a thread folder holds beside its {@code message_N.json}. */
  private static final Set<String> MEDIA =
      Set.of("photos", "videos", "audio", "gifs", "files", "stickers_used", "media");

  /**
   * True for the files that come with an export and carry no messages: everything below a folder
   * only Meta's exports have (ads, posts, settings, …) and the media below {@code messages/}.
   *
   * @param path the file's path inside the archive or below the export's folder
   */
  public static boolean comesAlong(String path) {
    if (MetaLayout.inExport(path)) {
      return true;
    }
    boolean messages = false;
    String[] segments = path.replace('\\', '/').split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      String segment = segments[i].toLowerCase(Locale.ROOT);
      if (messages && MEDIA.contains(segment)) {
        return true;
      }
      messages |= segment.equals("messages");
    }
    return false;
  }

  /**
   * The platform a path shows: {@code your_instagram_activity/} or an {@code instagram-...} archive
   * is Instagram, {@code your_facebook_activity/}, {@code your_activity_across_facebook/} or a
   * {@code facebook-...} archive Facebook.
   */
  public static MetaPlatform platform(String name) {
    return MetaLayout.of(name).platform();
  }

  private static Optional<MetaDetection> found(
      MetaFileKind kind, MetaPlatform platform, String why) {
    return Optional.of(new MetaDetection(kind, platform, why));
  }

  private static boolean html(byte[] head, int length) {
    String start =
        new String(head, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }
}
