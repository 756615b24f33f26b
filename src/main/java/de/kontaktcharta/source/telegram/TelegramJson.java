package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

/** Scalar values as Telegram writes them: ids unquoted or prefixed, times twice. */
final class TelegramJson {

  private TelegramJson() {}

  /** The current scalar as text; null for JSON null and (skipped) objects and lists. */
  static String text(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return token == JsonToken.VALUE_NULL ? null : p.getText().trim();
  }

  /**
   * A peer id as this package keeps it: {@code user123} (since 2021) and a bare {@code 123} (2020)
   * both become {@code 123}; {@code channel…} and {@code chat…} keep their prefix.
   */
  static String peerId(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.startsWith("user") ? raw.substring(4) : raw;
  }

  /** {@code date_unixtime}: seconds since 1970 as text; null when absent or no number. */
  static Instant epoch(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(raw));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** {@code date}: the exporting computer's local time, {@code 2025-06-05T13:03:00}. */
  static LocalDateTime local(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
