package de.kontaktcharta.source.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file's path says within a "Download your information" export. Folder names changed over
 * the years: {@code messages/inbox/<thread>/message_1.json} (until 2023), {@code
 * your_activity_across_facebook/messages/...} (2024), {@code your_facebook_activity/messages/...}
 * (2024/2025) and {@code your_instagram_activity/messages/...}; besides {@code inbox} there are
 * {@code archived_threads}, {@code filtered_threads}, {@code message_requests}, {@code
 * legacy_threads} and {@code e2ee_cutover}.
 *
 * @param platform Facebook or Instagram, when the path says
 * @param section the messages section ({@code inbox}, ...), or null
 * @param thread the thread's folder name, or null when the file is not in one
 * @param fileName the last path segment
 */
record MetaLayout(MetaPlatform platform, String section, String thread, String fileName) {

  static final Set<String> SECTIONS =
      Set.of(
          "inbox",
          "archived_threads",
          "filtered_threads",
          "message_requests",
          "legacy_threads",
          "e2ee_cutover");

  /**
   * Top folders only Meta's exports have; a file below one of them belongs to such an export.
   * Common names such as {@code messages} or {@code preferences} are left out: they alone would
   * claim other programs' files.
   */
  private static final Set<String> EXPORT_FOLDERS =
      Set.of(
          "your_facebook_activity",
          "your_activity_across_facebook",
          "your_instagram_activity",
          "personal_information",
          "profile_information",
          "logged_information",
          "security_and_login_information",
          "ads_information",
          "apps_and_websites_off_of_facebook");

  static MetaLayout of(String name) {
    List<String> parts = List.of(name.replace('\\', '/').split("[/!]"));
    String fileName = parts.isEmpty() ? name : parts.get(parts.size() - 1);
    MetaPlatform platform = MetaPlatform.UNKNOWN;
    String section = null;
    String thread = null;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).toLowerCase(Locale.ROOT);
      if (part.equals("your_instagram_activity") || part.startsWith("instagram-")) {
        platform = MetaPlatform.INSTAGRAM;
      } else if (part.equals("your_facebook_activity")
          || part.equals("your_activity_across_facebook")
          || part.startsWith("facebook-")) {
        platform = MetaPlatform.FACEBOOK;
      }
      if (section == null
          && i > 0
          && SECTIONS.contains(part)
          && parts.get(i - 1).equalsIgnoreCase("messages")) {
        section = part;
        thread = i + 2 < parts.size() ? parts.get(i + 1) : null;
      }
    }
    return new MetaLayout(platform, section, thread, fileName);
  }

  /** True when some folder of the path is one of Meta's export folders. */
  static boolean inExport(String name) {
    for (String part : name.replace('\\', '/').split("[/!]")) {
      if (EXPORT_FOLDERS.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
