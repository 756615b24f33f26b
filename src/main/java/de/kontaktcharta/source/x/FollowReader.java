package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;

/**
 * {@code follower.js} and {@code following.js}: {@code [{"follower": {"accountId", "userLink"}}]}.
 */
final class FollowReader {

  private final XFollow.Direction direction;

  FollowReader(XFollow.Direction direction) {
    this.direction = direction;
  }

  void read(XFile file) throws IOException {
    file.forEachEntry(this::entry);
  }

  private void entry(XFile file) throws IOException {
    JsonParser p = file.parser();
    SourceRef source = file.here();
    String id = null;
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
        if (p.currentToken() == JsonToken.START_OBJECT) {
          id = accountId(p);
        } else {
          p.skipChildren();
        }
      }
    } else {
      p.skipChildren();
    }
    if (id == null || id.isEmpty()) {
      file.skip(source, Message.of("problem.x-no-account-id"));
      return;
    }
    file.sink().follow(new XFollow(id, direction, source));
    file.used();
  }

  private static String accountId(JsonParser p) throws IOException {
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = XJson.text(p);
      if ("accountId".equals(field)) {
        id = XJson.id(value);
      }
    }
    return id;
  }
}
