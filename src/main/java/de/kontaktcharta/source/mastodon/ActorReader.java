package de.kontaktcharta.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;

/** {@code actor.json}: the owner's {@code Person} with {@code id} and {@code preferredUsername}. */
final class ActorReader {

  private ActorReader() {}

  static void read(MastodonFile file) throws IOException {
    JsonParser p = file.parser();
    SourceRef at = file.here();
    file.nextItem();
    String id = "";
    String username = "";
    String name = "";
    String url = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = "url".equals(field) ? MastodonJson.link(p) : MastodonJson.text(p);
      value = value == null ? "" : value;
      switch (field) {
        case "id" -> id = value;
        case "preferredUsername" -> username = value;
        case "name" -> name = value;
        case "url" -> url = value;
        default -> {
          // keys, endpoints, images, …
        }
      }
    }
    if (id.isEmpty() || username.isEmpty()) {
      file.skip(at, Severity.WARNING, Message.of("problem.mastodon-no-owner"));
      return;
    }
    String host = Handles.host(id);
    String handle = host.isEmpty() ? "@" + username : "@" + username + "@" + host;
    file.sink().owner(new MastodonOwner(id, username, handle, name, url, at));
    file.used();
  }
}
