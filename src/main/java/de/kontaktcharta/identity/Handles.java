package de.kontaktcharta.identity;

import de.kontaktcharta.model.TextFold;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accounts on other channels, normalised to {@code channel:account} in lower case: {@code x:@name}
 * or {@code x:id:123} (X's account number, the only name its direct messages give), {@code
 * mastodon:@user@host}, {@code telegram:@name} or {@code telegram:user123}. They are written as
 * such, or as a link to the profile ({@code https://twitter.com/Name}, {@code https://x.com/name},
 * {@code https://social.example/@user}, {@code https://t.me/name}).
 */
final class Handles {

  private static final Pattern PREFIXED = Pattern.compile("([a-z]+):\\s*(.+)");
  private static final Pattern X_NAME = Pattern.compile("@?([a-z0-9_]{1,30})");
  private static final Pattern X_ID = Pattern.compile("id:\\s*(\\d{1,20})");
  private static final Pattern FEDI = Pattern.compile("@?([a-z0-9_.-]+)@([a-z0-9.-]+\\.[a-z]{2,})");
  private static final Pattern TELEGRAM = Pattern.compile("@?([a-z0-9_]{3,64})");
  private static final Pattern URL =
      Pattern.compile("(?:https?://)?(?:www\\.|mobile\\.)?([a-z0-9.-]+\\.[a-z]{2,})/(@?[^/?#]+)/?");

  /** Paths of x.com and twitter.com that are pages, not accounts. */
  private static final Set<String> X_PAGES =
      Set.of(
          "home", "intent", "share", "i", "search", "explore", "settings", "hashtag", "messages");

  private Handles() {}

  /** The normalised handle, or empty when the text is none. */
  static Optional<String> normalise(String raw) {
    String text = TextFold.clean(raw).toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher url = URL.matcher(text);
    if (url.matches()) {
      return fromUrl(url.group(1), url.group(2));
    }
    Matcher prefixed = PREFIXED.matcher(text);
    if (prefixed.matches()) {
      return fromPrefixed(prefixed.group(1), prefixed.group(2).strip());
    }
    Matcher fedi = FEDI.matcher(text);
    return fedi.matches() && text.startsWith("@")
        ? Optional.of("mastodon:@" + fedi.group(1) + "@" + fedi.group(2))
        : Optional.empty();
  }

  private static Optional<String> fromPrefixed(String channel, String account) {
    switch (channel) {
      case "x":
      case "twitter":
        Optional<String> id = match(X_ID, account).map(n -> "x:id:" + n);
        return id.isPresent() ? id : match(X_NAME, account).map(n -> "x:@" + n);
      case "mastodon":
        Matcher fedi = FEDI.matcher(account);
        return fedi.matches()
            ? Optional.of("mastodon:@" + fedi.group(1) + "@" + fedi.group(2))
            : Optional.empty();
      case "telegram":
        if (account.matches("user\\d+")) {
          return Optional.of("telegram:" + account);
        }
        return match(TELEGRAM, account).map(n -> "telegram:@" + n);
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> fromUrl(String host, String path) {
    if (host.equals("twitter.com") || host.equals("x.com")) {
      return X_PAGES.contains(path) ? Optional.empty() : match(X_NAME, path).map(n -> "x:@" + n);
    }
    if (host.equals("t.me") || host.equals("telegram.me")) {
      return match(TELEGRAM, path).map(n -> "telegram:@" + n);
    }
    if (path.startsWith("@") && path.indexOf('@', 1) < 0) {
      return match(X_NAME, path).map(n -> "mastodon:@" + n + "@" + host);
    }
    return Optional.empty();
  }

  private static Optional<String> match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
