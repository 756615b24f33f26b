package de.kontaktcharta.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code outbox.json}: an ActivityStreams {@code OrderedCollection} of the owner's {@code Create}
 * and {@code Announce} activities, streamed item by item. Visibility follows from the addressing: a
 * post is direct when it is addressed neither to the public nor to the owner's followers, only to
 * the people it mentions.
 */
final class OutboxReader {

  private static final Set<String> PUBLIC =
      Set.of("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public");

  void read(MastodonFile file) throws IOException {
    JsonParser p = file.parser();
    boolean items = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("orderedItems".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
        items = true;
        items(file);
      } else {
        p.skipChildren();
      }
    }
    if (!items) {
      file.problem(
          SourceRef.wholeFile(file.name()),
          Severity.WARNING,
          Message.of("problem.mastodon-no-items"),
          false);
    }
  }

  private void items(MastodonFile file) throws IOException {
    JsonParser p = file.parser();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int item = file.nextItem();
      SourceRef at = file.here();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        file.skip(
            at,
            Severity.WARNING,
            Message.of("problem.mastodon-unexpected-content.item", String.valueOf(item)));
        continue;
      }
      classify(file, Activity.read(p), item, at);
    }
  }

  private void classify(MastodonFile file, Activity a, int item, SourceRef at) {
    if (!"Create".equals(a.type) || "Tombstone".equals(a.objectType)) {
      file.noEvidence();
      return;
    }
    if (a.objectId.isEmpty()) {
      file.skip(
          at, Severity.WARNING, Message.of("problem.mastodon-no-object", String.valueOf(item)));
      return;
    }
    Instant published = instant(a.objectPublished);
    published = published == null ? instant(a.published) : published;
    if (published == null) {
      String raw = a.objectPublished.isEmpty() ? a.published : a.objectPublished;
      file.skip(
          at,
          Severity.WARNING,
          Message.of("problem.mastodon-bad-date", String.valueOf(item), a.objectId, raw));
      return;
    }
    List<String> audience = a.audience();
    if (audience.stream().noneMatch(u -> PUBLIC.contains(u) || u.endsWith("/followers"))) {
      direct(file, a, audience, published, item, at);
    } else if (!a.inReplyTo.isEmpty()) {
      reply(file, a, published, item, at);
    } else {
      file.noEvidence();
    }
  }

  private static void direct(
      MastodonFile file,
      Activity a,
      List<String> audience,
      Instant published,
      int item,
      SourceRef at) {
    Set<String> uris = new LinkedHashSet<>(audience);
    uris.remove(a.actor);
    if (uris.isEmpty()) {
      file.noEvidence(); // a note to nobody: Mastodon allows it
      return;
    }
    List<MastodonAccount> to = new ArrayList<>();
    for (String uri : uris) {
      to.add(new MastodonAccount(uri, Handles.handle(uri, a.mentions.get(uri))));
    }
    emit(file, a, MastodonPost.Kind.DIRECT, to, published, item, at);
  }

  private static void reply(
      MastodonFile file, Activity a, Instant published, int item, SourceRef at) {
    if (!a.actor.isEmpty() && a.inReplyTo.startsWith(a.actor + "/")) {
      file.noEvidence(); // the owner continuing a thread of their own
      return;
    }
    List<MastodonAccount> to = new ArrayList<>();
    String author = Handles.authorOf(a.inReplyTo);
    if (author != null) {
      to.add(new MastodonAccount(author, Handles.handle(author, a.mentions.get(author))));
    } else {
      a.mentions.forEach(
          (uri, name) -> {
            if (!uri.equals(a.actor)) {
              to.add(new MastodonAccount(uri, Handles.handle(uri, name)));
            }
          });
    }
    if (to.isEmpty()) {
      file.skip(
          at,
          Severity.INFO,
          Message.of("problem.mastodon-reply-target-unknown", String.valueOf(item), a.inReplyTo));
      return;
    }
    emit(file, a, MastodonPost.Kind.REPLY, to, published, item, at);
  }

  private static void emit(
      MastodonFile file,
      Activity a,
      MastodonPost.Kind kind,
      List<MastodonAccount> to,
      Instant published,
      int item,
      SourceRef at) {
    file.sink()
        .post(
            new MastodonPost(
                a.objectId, published, kind, to, a.inReplyTo, a.conversation, item, at));
    file.used();
  }

  private static Instant instant(String raw) {
    try {
      return raw.isEmpty() ? null : Instant.parse(raw);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
