package de.kontaktcharta.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * Reading JSON-LD values leniently: a compacted document may write a one-element list as the
 * element itself, and a link as a string or as an object with an {@code id}.
 */
final class MastodonJson {

  private MastodonJson() {}

  /** The current scalar as text; null for JSON null; objects and lists are skipped: null. */
  static String text(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return token == JsonToken.VALUE_NULL ? null : p.getText().trim();
  }

  /** A link: a string, or an object's {@code id} (or {@code href}); null when neither. */
  static String link(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return text(p);
    }
    String link = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = text(p);
      if (("id".equals(field) || "href".equals(field)) && value != null && link == null) {
        link = value;
      }
    }
    return link;
  }

  /** Adds the links of a value that is one link or a list of them. */
  static void links(JsonParser p, List<String> into) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      addIfPresent(link(p), into);
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      addIfPresent(link(p), into);
    }
  }

  private static void addIfPresent(String link, List<String> into) {
    if (link != null && !link.isEmpty()) {
      into.add(link);
    }
  }
}
