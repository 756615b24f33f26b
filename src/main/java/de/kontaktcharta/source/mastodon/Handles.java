package de.kontaktcharta.source.mastodon;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @user@host} handles for actor URIs. A mention's name is the best source (Mastodon writes
 * the account's own address, which may differ from the host of its URI); else the URI's path is
 * read where its form is known ({@code /users/<name>}, {@code /@<name>}, {@code /u/<name>}).
 */
final class Handles {

  private static final Pattern ACTOR_PATH =
      Pattern.compile("/(?:users|u|@)/?([A-Za-z0-9_.\\-]+)/?");
  private static final Pattern STATUS =
      Pattern.compile("^(https?://[^/]+/users/[A-Za-z0-9_.\\-]+)/statuses/[^/]+/?$");
  private static final Pattern FULL_HANDLE = Pattern.compile("@?[^@\\s]+@[^@\\s]+");

  private Handles() {}

  /** The handle for an actor URI, preferring the mention name when there is one. */
  static String handle(String uri, String mentionName) {
    String host = host(uri);
    if (mentionName != null && !mentionName.isBlank()) {
      String name = mentionName.trim();
      if (FULL_HANDLE.matcher(name).matches()) {
        return name.startsWith("@") ? name : "@" + name;
      }
      if (!host.isEmpty()) {
        return (name.startsWith("@") ? name : "@" + name) + "@" + host;
      }
    }
    return fromUri(uri);
  }

  /** The handle a URI of a known form reveals; empty when it does not. */
  static String fromUri(String uri) {
    try {
      URI parsed = new URI(uri);
      String host = parsed.getHost();
      String path = parsed.getRawPath();
      if (host == null || path == null) {
        return "";
      }
      Matcher m = ACTOR_PATH.matcher(path);
      return m.matches() ? "@" + m.group(1) + "@" + host.toLowerCase(Locale.ROOT) : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * The author of a Mastodon-style status URI, {@code https://host/users/<name>/statuses/<id>};
   * null for other forms, whose author only the other server knows.
   */
  static String authorOf(String statusUri) {
    Matcher m = STATUS.matcher(statusUri);
    return m.matches() ? m.group(1) : null;
  }

  static String host(String uri) {
    try {
      String host = new URI(uri).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
