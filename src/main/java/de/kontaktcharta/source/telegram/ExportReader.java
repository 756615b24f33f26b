package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;

/**
 * The top level of {@code result.json}: a full export ({@code about}, {@code personal_information},
 * {@code contacts}, {@code frequent_contacts}, {@code chats}, {@code left_chats}, …) or a single
 * chat ({@code name}, {@code type}, {@code id}, {@code messages}). Both are read by the same loop,
 * so a file is taken for what it holds.
 */
final class ExportReader {

  private static final ResumableParser.Opening SINGLE =
      new ResumableParser.Opening("{\"messages\":[", 3, 2);

  private final TelegramFile file;
  private final ChatReader single;
  private final PeopleReader people;
  private boolean full;
  private boolean singleChat;
  private boolean personalInformation;

  ExportReader(TelegramFile file) {
    this.file = file;
    this.single = new ChatReader(file, SINGLE);
    this.people = new PeopleReader(file);
  }

  /** Reads the export; false when it is no JSON object and nothing was read. */
  boolean read() throws IOException {
    ResumableParser p = file.parser();
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      file.note(
          first == null ? SourceRef.wholeFile(file.name()) : file.here(),
          Severity.ERROR,
          first == null
              ? Message.of("problem.telegram-unexpected-content.empty")
              : Message.of("problem.telegram-unexpected-content.no-object", p.getText()));
      return false;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      field(field);
    }
    if (singleChat) {
      file.chats++;
    }
    if (full && !personalInformation) {
      file.note(
          SourceRef.wholeFile(file.name()), Severity.INFO, Message.of("problem.telegram-no-owner"));
    }
    return true;
  }

  /** One top-level field; the parser stands on its value. */
  private void field(String field) throws IOException {
    switch (field) {
      case "name", "type", "id", "messages" -> {
        singleChat = true;
        single.field(field);
        return;
      }
      case "personal_information" -> {
        personalInformation = true;
        people.owner();
      }
      case "contacts" -> people.contacts();
      case "frequent_contacts" -> people.frequentContacts();
      case "chats", "left_chats" -> chats(field);
      default -> file.parser().skipChildren();
    }
    full = true; // only a full export has sections besides the chat's own fields
  }

  /** {@code chats} or {@code left_chats}: {@code {"about", "list": [chat, …]}}. */
  private void chats(String key) throws IOException {
    ResumableParser p = file.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    ResumableParser.Opening opening =
        new ResumableParser.Opening("{\"" + key + "\":{\"list\":[{\"messages\":[", 8, 5);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!"list".equals(field) || p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == JsonToken.START_OBJECT) {
          new ChatReader(file, opening).readObject();
        } else {
          file.skip(
              file.here(),
              Severity.WARNING,
              Message.of("problem.telegram-unexpected-content.no-chat", key));
          p.skipChildren();
        }
      }
    }
  }
}
