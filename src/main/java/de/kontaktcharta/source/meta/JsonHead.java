package de.kontaktcharta.source.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What the first bytes of a JSON file show about its kind. The head usually ends in the middle of
 * the file, so reading stops quietly at its end or at anything that is not JSON.
 */
final class JsonHead {

  /** What the head shows. */
  enum Shape {
    /** {@code participants} as objects with {@code name}, or messages with {@code sender_name}. */
    THREAD,
    /** {@code participants} as plain strings, {@code threadName}, or {@code senderName}. */
    SECURE_STORAGE_THREAD,
    FACEBOOK_PROFILE,
    INSTAGRAM_PROFILE,
    NONE
  }

  private JsonHead() {}

  static Shape of(byte[] head, int length) {
    try (JsonParser p = JsonValues.parser(head, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Shape.NONE;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        Shape shape = field(p, p.currentName(), p.nextToken());
        if (shape != Shape.NONE) {
          return shape;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the head ends, or is not JSON: what was seen before decides
    }
    return Shape.NONE;
  }

  private static Shape field(JsonParser p, String field, JsonToken value) throws IOException {
    switch (field) {
      case "participants", "messages" -> {
        if (value != JsonToken.START_ARRAY) {
          p.skipChildren();
          return Shape.NONE;
        }
        JsonToken first = p.nextToken();
        if (first == JsonToken.VALUE_STRING) {
          return field.equals("participants") ? Shape.SECURE_STORAGE_THREAD : Shape.NONE;
        }
        return first == JsonToken.START_OBJECT ? element(p) : Shape.NONE;
      }
      case "threadName" -> {
        return Shape.SECURE_STORAGE_THREAD;
      }
      case "profile_v2" -> {
        return value == JsonToken.START_OBJECT ? Shape.FACEBOOK_PROFILE : Shape.NONE;
      }
      case "profile_user" -> {
        return value == JsonToken.START_ARRAY ? Shape.INSTAGRAM_PROFILE : Shape.NONE;
      }
      case "profile" -> {
        return value == JsonToken.START_OBJECT && hasName(p) ? Shape.FACEBOOK_PROFILE : Shape.NONE;
      }
      default -> {
        p.skipChildren();
        return Shape.NONE;
      }
    }
  }

  /** The shape the fields of the first participant or message show. */
  private static Shape element(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "name", "sender_name", "timestamp_ms" -> {
          return Shape.THREAD;
        }
        case "senderName" -> {
          return Shape.SECURE_STORAGE_THREAD;
        }
        default -> {
          p.nextToken();
          p.skipChildren();
        }
      }
    }
    return Shape.NONE;
  }

  private static boolean hasName(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (p.currentName().equals("name")) {
        return true;
      }
      p.nextToken();
      p.skipChildren();
    }
    return false;
  }
}
