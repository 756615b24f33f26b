package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * One element of a chat's {@code messages}: {@code {"id", "type": "message"|"service", "date",
 * "date_unixtime", "from", "from_id", "text", …}}. Only ids, names and times are read; {@code text}
 * (a string, or a list of strings and entity objects) is skipped unread.
 */
final class MessageReader {

  private MessageReader() {}

  /** The fields of a message this tool needs. */
  private record Raw(
      String id,
      String type,
      String date,
      String unixtime,
      String fromId,
      String from,
      String actorId,
      String actor,
      String action) {}

  /** Reads the message the parser stands on and passes it on, or counts or reports it. */
  static void read(TelegramFile file, TelegramChat chat) throws IOException {
    JsonParser p = file.parser();
    SourceRef at = file.here();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      file.skip(at, Severity.WARNING, Message.of("problem.telegram-unexpected-content.message"));
      return;
    }
    Raw m = raw(p);
    switch (m.type()) {
      case "message" -> use(file, chat, m, m.fromId(), m.from(), TelegramMessage.Kind.MESSAGE, at);
      case "service" -> {
        if ("phone_call".equals(m.action())) {
          use(file, chat, m, m.actorId(), m.actor(), TelegramMessage.Kind.CALL, at);
        } else {
          file.noEvidence++;
        }
      }
      case "unsupported" ->
          file.skip(at, Severity.INFO, Message.of("problem.telegram-unsupported-message", m.id()));
      default ->
          file.skip(
              at,
              Severity.WARNING,
              Message.of("problem.telegram-unknown-message-type", m.id(), m.type()));
    }
  }

  private static Raw raw(JsonParser p) throws IOException {
    String[] v = new String[9];
    Arrays.fill(v, "");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      int slot = slot(field);
      if (slot < 0) {
        p.skipChildren();
        continue;
      }
      String text = TelegramJson.text(p);
      v[slot] = text == null ? "" : text;
    }
    return new Raw(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
  }

  private static int slot(String field) {
    return switch (field) {
      case "id" -> 0;
      case "type" -> 1;
      case "date" -> 2;
      case "date_unixtime" -> 3;
      case "from_id" -> 4;
      case "from" -> 5;
      case "actor_id" -> 6;
      case "actor" -> 7;
      case "action" -> 8;
      default -> -1;
    };
  }

  private static void use(
      TelegramFile file,
      TelegramChat chat,
      Raw m,
      String rawSender,
      String senderName,
      TelegramMessage.Kind kind,
      SourceRef at) {
    String sender = TelegramJson.peerId(rawSender);
    if (sender.isEmpty()) {
      file.skip(at, Severity.WARNING, Message.of("problem.telegram-no-sender", m.id()));
      return;
    }
    Instant exact = TelegramJson.epoch(m.unixtime());
    LocalDateTime local = exact == null ? TelegramJson.local(m.date()) : null;
    if (exact == null && local == null) {
      file.skip(at, Severity.WARNING, Message.of("problem.telegram-bad-date", m.id(), m.date()));
      return;
    }
    if (exact == null) {
      file.localTimes(at);
    }
    file.sink()
        .message(new TelegramMessage(chat, m.id(), sender, senderName, exact, local, kind, at));
    file.used++;
  }
}
