package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The people sections of a full export: {@code personal_information} (the owner), {@code
 * contacts.list} and {@code frequent_contacts.list}. User ids are unquoted numbers there.
 */
final class PeopleReader {

  private final TelegramFile file;

  PeopleReader(TelegramFile file) {
    this.file = file;
  }

  /** {@code personal_information}: the owner, or a problem when it names nobody. */
  void owner() throws IOException {
    SourceRef at = file.here();
    Fields f = fields();
    String id = TelegramJson.peerId(f.get("user_id"));
    if (id.isEmpty()) {
      file.note(at, Severity.WARNING, Message.of("problem.telegram-no-owner.no-id"));
      return;
    }
    file.sink()
        .owner(
            new TelegramOwner(
                id,
                f.get("first_name"),
                f.get("last_name"),
                f.get("phone_number"),
                f.get("username"),
                at));
  }

  /** {@code contacts}: {@code {"about", "list": [{user_id, first_name, …}]}}. */
  void contacts() throws IOException {
    list(this::contact);
  }

  /** {@code frequent_contacts}: {@code {"about", "list": [{id, category, type, name, rating}]}}. */
  void frequentContacts() throws IOException {
    list(this::frequent);
  }

  private interface Entry {
    void read(SourceRef at, Fields fields);
  }

  private void list(Entry entry) throws IOException {
    ResumableParser p = file.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!"list".equals(field) || p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        SourceRef at = file.here();
        if (p.currentToken() == JsonToken.START_OBJECT) {
          entry.read(at, fields());
        } else {
          p.skipChildren();
          file.skip(at, Severity.WARNING, Message.of("problem.telegram-unexpected-content.entry"));
        }
      }
    }
  }

  private void contact(SourceRef at, Fields f) {
    String first = f.get("first_name");
    String last = f.get("last_name");
    String phone = f.get("phone_number");
    if (first.isEmpty() && last.isEmpty() && phone.isEmpty()) {
      file.skip(at, Severity.INFO, Message.of("problem.telegram-empty-contact"));
      return;
    }
    Instant added = TelegramJson.epoch(f.get("date_unixtime"));
    file.sink()
        .contact(
            new TelegramContact(
                TelegramJson.peerId(f.get("user_id")), first, last, phone, added, at));
  }

  private void frequent(SourceRef at, Fields f) {
    String id = f.get("id");
    if (id.isEmpty()) {
      file.skip(at, Severity.INFO, Message.of("problem.telegram-no-id"));
      return;
    }
    double rating;
    try {
      rating = f.get("rating").isEmpty() ? 0 : Double.parseDouble(f.get("rating"));
    } catch (NumberFormatException e) {
      rating = 0;
    }
    file.sink()
        .frequentContact(
            new TelegramFrequentContact(
                id, f.get("category"), f.get("type"), f.get("name"), rating, at));
  }

  /** The scalar fields of the object the parser stands on; missing ones read as empty. */
  private Fields fields() throws IOException {
    ResumableParser p = file.parser();
    Map<String, String> fields = new HashMap<>();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
    } else {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        String value = TelegramJson.text(p);
        fields.put(field, value == null ? "" : value);
      }
    }
    return new Fields(fields);
  }

  /** Scalar fields by name; a missing field reads as empty. */
  private record Fields(Map<String, String> values) {
    String get(String name) {
      return values.getOrDefault(name, "");
    }
  }
}
