package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import java.io.IOException;

/**
 * A chat object, {@code {"name", "type", "id", "messages": […]}}, of a full export's {@code
 * chats.list} or of a single-chat export. Its messages are read one by one; broken JSON inside a
 * message costs that message, not the rest of the file (see {@link ResumableParser}).
 */
final class ChatReader {

  private final TelegramFile file;
  private final ResumableParser.Opening opening;
  private String id = "";
  private String name = "";
  private String type = "";

  ChatReader(TelegramFile file, ResumableParser.Opening opening) {
    this.file = file;
    this.opening = opening;
  }

  /** Reads the rest of a chat object whose START_OBJECT the parser stands on. */
  void readObject() throws IOException {
    ResumableParser p = file.parser();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      field(field);
    }
    file.chats++;
  }

  /** One field of the chat; the parser stands on its value. */
  void field(String field) throws IOException {
    ResumableParser p = file.parser();
    switch (field) {
      case "id" -> id = orEmpty(TelegramJson.text(p));
      case "name" -> name = orEmpty(TelegramJson.text(p));
      case "type" -> type = orEmpty(TelegramJson.text(p));
      case "messages" -> {
        if (p.currentToken() == JsonToken.START_ARRAY) {
          messages(new TelegramChat(id, name, TelegramChat.Type.of(type)));
        } else {
          p.skipChildren();
        }
      }
      default -> p.skipChildren();
    }
  }

  private void messages(TelegramChat chat) throws IOException {
    if (chat.type() == TelegramChat.Type.UNKNOWN) {
      file.note(
          file.here(),
          Severity.INFO,
          Message.of("problem.telegram-unknown-chat-type", chat.name(), type));
    }
    ResumableParser p = file.parser();
    int indent = -1;
    while (true) {
      boolean counted = false;
      int line = p.line();
      try {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
          return;
        }
        file.messages++;
        counted = true;
        line = p.line();
        indent = indent < 0 ? p.column() - 1 : indent;
        if (chat.type().evidence()) {
          MessageReader.read(file, chat);
        } else {
          p.skipChildren();
          file.noEvidence++;
        }
      } catch (JsonProcessingException e) {
        if (!counted) {
          file.messages++;
          line = p.stopLine(); // broken between two messages
        }
        resume(line, indent < 0 ? opening.depth() : indent);
      }
    }
  }

  private void resume(int line, int indent) throws IOException {
    ResumableParser p = file.parser();
    int broken = p.stopLine();
    ResumableParser.Resumed where = p.resume(opening, indent);
    int next = p.line();
    file.skip(
        file.at(line),
        Severity.WARNING,
        Message.of(
            where == ResumableParser.Resumed.END_OF_MESSAGES
                ? "problem.telegram-broken-message.to-end"
                : "problem.telegram-broken-message",
            String.valueOf(broken),
            String.valueOf(line),
            String.valueOf(next - 1)));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
