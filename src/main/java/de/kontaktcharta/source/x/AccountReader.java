package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;

/** {@code account.js}: {@code [{"account": {"accountId", "username", …}}]}. */
final class AccountReader {

  private AccountReader() {}

  static void read(XFile file) throws IOException {
    file.forEachEntry(AccountReader::entry);
  }

  private static void entry(XFile file) throws IOException {
    JsonParser p = file.parser();
    SourceRef source = file.here();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      file.skip(source, Message.of("problem.x-unexpected-content.account"));
      return;
    }
    XAccount account = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("account".equals(field) && p.currentToken() == JsonToken.START_OBJECT) {
        account = account(p, file.here());
      } else {
        p.skipChildren();
      }
    }
    if (account == null || account.accountId().isEmpty()) {
      file.skip(source, Message.of("problem.x-no-account-id.account"));
      return;
    }
    file.sink().account(account);
    file.used();
  }

  /** Reads an {@code account} object; the parser stands on its START_OBJECT. */
  static XAccount account(JsonParser p, SourceRef source) throws IOException {
    String id = "";
    String username = "";
    String displayName = "";
    String email = "";
    String created = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = XJson.text(p);
      if (value == null) {
        continue;
      }
      switch (field) {
        case "accountId":
          id = value;
          break;
        case "username":
        case "userName":
          username = value;
          break;
        case "accountDisplayName":
        case "displayName":
          displayName = value;
          break;
        case "email":
          email = value;
          break;
        case "createdAt":
          created = value;
          break;
        default:
          break;
      }
    }
    String exact = XJson.id(id);
    return new XAccount(
        exact == null ? "" : exact, username, displayName, email, XJson.instant(created), source);
  }
}
