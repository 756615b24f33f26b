package de.kontaktcharta.identity;

import de.kontaktcharta.model.TextFold;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises profile URLs so that the percent-encoded slugs of {@code Connections.csv} and the raw
 * Unicode slugs of invitations and messages meet: percent-decoded, lower case, without scheme,
 * {@code www.}, query, fragment, trailing slash, locale suffix or sub-page ({@code /details/…}).
 */
public final class ProfileUrl {

  private static final Pattern URN =
      Pattern.compile(
          "urn:li:(?:member|fs_profile|person):[A-Za-z0-9_-]+", Pattern.CASE_INSENSITIVE);

  private ProfileUrl() {}

  /** The normalised form, or empty when the text is no usable profile URL. */
  public static Optional<String> normalise(String raw) {
    String text = TextFold.clean(raw);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (URN.matcher(text).matches()) {
      return Optional.of(text.toLowerCase(Locale.ROOT));
    }
    String url = percentDecode(text).toLowerCase(Locale.ROOT);
    url = stripPrefix(url, "https://", "http://", "//");
    int cut = firstOf(url, '?', '#');
    if (cut >= 0) {
      url = url.substring(0, cut);
    }
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    int slash = url.indexOf('/');
    String host = slash < 0 ? url : url.substring(0, slash);
    String path = slash < 0 ? "" : url.substring(slash + 1);
    if (host.isEmpty() || host.indexOf('.') < 0 || host.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    host = siteOf(host);
    String[] segments = path.isEmpty() ? new String[0] : path.split("/");
    if (host.equals("linkedin.com") && segments.length > 2 && segments[0].equals("mwlite")) {
      // the address LinkedIn's light mobile site shows: linkedin.com/mwlite/in/<slug>
      segments = java.util.Arrays.copyOfRange(segments, 1, segments.length);
    }
    if (host.equals("linkedin.com") || host.equals("xing.com")) {
      return profilePath(host, segments);
    }
    return Optional.of(path.isEmpty() ? host : host + "/" + path);
  }

  /** True when the text looks like a profile URL whose person part is missing or unusable. */
  public static boolean isBroken(String raw) {
    return !TextFold.isBlank(raw) && normalise(raw).isEmpty();
  }

  private static Optional<String> profilePath(String host, String[] segments) {
    // linkedin.com/in/<slug>[/<locale> or /details/…], linkedin.com/pub/<name>/…,
    // xing.com/profile/<slug>[/cv]: whatever follows the slug is a view of the same profile
    if (segments.length < 2 || segments[1].isBlank()) {
      return Optional.empty();
    }
    String section = segments[0];
    boolean known =
        host.equals("linkedin.com")
            ? section.equals("in") || section.equals("pub")
            : section.equals("profile") || section.equals("profiles");
    if (!known) {
      return Optional.empty();
    }
    if (host.equals("linkedin.com") && section.equals("pub")) {
      StringBuilder full = new StringBuilder(host).append("/pub");
      for (int i = 1; i < segments.length; i++) {
        full.append('/').append(segments[i]);
      }
      return Optional.of(full.toString());
    }
    String slug = segments[1];
    return Optional.of(
        host + "/" + (section.equals("profiles") ? "profile" : section) + "/" + slug);
  }

  private static String siteOf(String host) {
    String h = host;
    int colon = h.indexOf(':');
    if (colon >= 0) {
      h = h.substring(0, colon);
    }
    for (String site : new String[] {"linkedin.com", "xing.com"}) {
      if (h.equals(site) || h.endsWith("." + site)) {
        return site;
      }
    }
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static String stripPrefix(String text, String... prefixes) {
    for (String prefix : prefixes) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length());
      }
    }
    return text;
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  /**
   * Decodes %XX sequences as UTF-8 and leaves malformed ones as they are; '+' stays a plus. Text
   * whose decoded bytes are no UTF-8 is returned undecoded.
   */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    byte[] bytes = new byte[text.length() * 4];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 2 < text.length()
          && isHex(text.charAt(i + 1))
          && isHex(text.charAt(i + 2))) {
        bytes[n++] = (byte) Integer.parseInt(text, i + 1, i + 3, 16);
        i += 3;
      } else {
        int codePoint = text.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(encoded, 0, bytes, n, encoded.length);
        n += encoded.length;
        i += Character.charCount(codePoint);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      // not UTF-8 (e.g. %E9 for a Latin-1 é): replacement characters would make different slugs
      // equal, so the text stays as written
      return text;
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
