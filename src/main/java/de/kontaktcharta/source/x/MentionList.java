package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/** A post's {@code entities.user_mentions}: id, handle and display name of each named account. */
final class MentionList {

  private MentionList() {}

  /** Reads the {@code entities} value the parser stands on into {@code into}. */
  static void read(JsonParser p, List<TweetReader.Tweet.Named> into) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("user_mentions".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          TweetReader.Tweet.Named named = mention(p);
          if (named != null) {
            into.add(named);
          }
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static TweetReader.Tweet.Named mention(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String id = "";
    String idStr = "";
    String handle = "";
    String name = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = XJson.text(p);
      if (value == null) {
        continue;
      }
      switch (field) {
        case "id" -> id = value;
        case "id_str" -> idStr = value;
        case "screen_name" -> handle = value;
        case "name" -> name = value;
        default -> {
          // indices and the like
        }
      }
    }
    String best = idStr.isEmpty() ? id : idStr;
    return best.isEmpty() && handle.isEmpty()
        ? null
        : new TweetReader.Tweet.Named(best, handle, name);
  }
}
