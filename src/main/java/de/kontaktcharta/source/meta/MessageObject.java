package de.kontaktcharta.source.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * One object of a thread's {@code messages} array. Both spellings are read: the classic export's
 * ({@code sender_name}, {@code timestamp_ms}, {@code is_unsent}) and the end-to-end-encrypted
 * download's ({@code senderName}, {@code timestamp}, {@code isUnsent}). The content is skipped
 * unread.
 */
final class MessageObject {

  /** Epoch values below this are seconds, not milliseconds (no message predates 1973). */
  private static final long SECONDS_BELOW = 100_000_000_000L;

  private String sender;
  private Long timestamp;
  private boolean timestampSeen;
  private String type;
  private boolean unsent;
  private boolean call;
  private boolean users;
  private boolean camelCase;

  /** Reads the object the parser is at (its START_OBJECT read) up to its END_OBJECT. */
  static MessageObject read(JsonParser p) throws IOException {
    MessageObject m = new MessageObject();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "sender_name", "senderName" -> {
          m.camelCase |= field.equals("senderName");
          String name = JsonValues.text(p, value);
          m.sender = name == null ? null : MetaNames.clean(Mojibake.repair(name));
        }
        case "timestamp_ms", "timestamp" -> {
          m.camelCase |= field.equals("timestamp");
          m.timestampSeen = true;
          m.timestamp = JsonValues.number(p, value);
        }
        case "type" -> m.type = JsonValues.text(p, value);
        case "is_unsent", "isUnsent" -> {
          m.unsent = value == JsonToken.VALUE_TRUE;
          p.skipChildren();
        }
        case "call_duration" -> {
          m.call = true;
          p.skipChildren();
        }
        case "users" -> {
          m.users = true;
          p.skipChildren();
        }
        default -> p.skipChildren();
      }
    }
    return m;
  }

  boolean camelCase() {
    return camelCase;
  }

  /**
   * The message to hold, or null after handing a problem for it to the sink.
   *
   * @param thread the file, which keeps whether it has its note about times in seconds yet
   */
  PendingMessage toPending(int number, SourceRef at, MetaSink<?> problems, ThreadFile thread) {
    if (sender == null || sender.isEmpty()) {
      problems.problem(
          Problem.skippedRow(at, Message.of("problem.meta-no-sender", String.valueOf(number))));
      return null;
    }
    if (timestamp == null || timestamp <= 0) {
      Message why =
          timestampSeen
              ? Message.of("problem.meta-bad-timestamp.not-a-number", String.valueOf(number))
              : Message.of("problem.meta-bad-timestamp.none", String.valueOf(number));
      problems.problem(Problem.skippedRow(at, why));
      return null;
    }
    Instant sent;
    if (timestamp < SECONDS_BELOW) {
      sent = Instant.ofEpochSecond(timestamp);
      if (thread.firstInSeconds()) {
        problems.problem(Problem.note(at, Severity.INFO, Message.of("problem.meta-seconds")));
      }
    } else {
      sent = Instant.ofEpochMilli(timestamp);
    }
    return new PendingMessage(sender, sent, kind(), type, number, at.line());
  }

  private MetaMessageKind kind() {
    if (unsent) {
      return MetaMessageKind.UNSENT;
    }
    if (type == null) {
      return call
          ? MetaMessageKind.CALL
          : users ? MetaMessageKind.MEMBERSHIP : MetaMessageKind.MESSAGE;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "generic", "share", "text", "media", "link" -> MetaMessageKind.MESSAGE;
      case "call" -> MetaMessageKind.CALL;
      case "subscribe", "unsubscribe" -> MetaMessageKind.MEMBERSHIP;
      default -> MetaMessageKind.OTHER;
    };
  }
}
