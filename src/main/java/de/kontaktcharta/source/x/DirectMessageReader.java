package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code direct-messages.js}, {@code direct-messages-group.js} and their {@code -headers} twins:
 * {@code [{"dmConversation": {"conversationId", "messages": [{"messageCreate": {…}}, …]}}]}.
 * Messages are newest first. One-to-one messages go to the sink as they are read; group
 * conversations are collected per entry so that each message can name the members at its time.
 */
final class DirectMessageReader {

  /** What conversations hold besides messages; anything else is named once per file. */
  private static final Set<String> KNOWN =
      Set.of(
          "messageCreate",
          "joinConversation",
          "participantsJoin",
          "participantsLeave",
          "conversationNameUpdate",
          "reactionCreate");

  private final boolean group;
  private final GroupMembers.Limit limit;
  private final Set<String> unknown = new HashSet<>();

  DirectMessageReader(boolean group, GroupMembers.Limit limit) {
    this.group = group;
    this.limit = limit;
  }

  void read(XFile file) throws IOException {
    file.forEachEntry(this::entry);
    if (file.usedCount() == 0) {
      file.note(
          SourceRef.wholeFile(file.name()),
          Severity.INFO,
          group
              ? Message.of("problem.x-no-direct-messages.group-file")
              : Message.of("problem.x-no-direct-messages.file"));
    }
  }

  private void entry(XFile file) throws IOException {
    JsonParser p = file.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      SourceRef at = file.here();
      p.skipChildren();
      file.skip(at, Message.of("problem.x-unexpected-content.conversation"));
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("dmConversation".equals(field) && p.currentToken() == JsonToken.START_OBJECT) {
        conversation(file);
      } else {
        p.skipChildren();
      }
    }
  }

  private void conversation(XFile file) throws IOException {
    JsonParser p = file.parser();
    SourceRef start = file.here();
    String conversationId = "";
    GroupMembers members = group ? new GroupMembers(limit) : null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("conversationId".equals(field)) {
        String value = XJson.text(p);
        conversationId = value == null ? "" : value;
      } else if ("messages".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          event(file, conversationId, members);
          if (members != null && members.full()) {
            flush(file, conversationId, members, start);
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (members != null) {
      flush(file, conversationId, members, start);
    }
  }

  /** One element of {@code messages}: a message or, in groups, a membership change. */
  private void event(XFile file, String conversationId, GroupMembers members) throws IOException {
    JsonParser p = file.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      p.nextToken();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      SourceRef at = file.here();
      DmEvent event = DmEvent.read(p, kind);
      if (!KNOWN.contains(kind) && unknown.add(kind)) {
        file.note(at, Severity.INFO, Message.of("problem.x-unknown-entry", kind));
      }
      if ("messageCreate".equals(kind)) {
        message(file, conversationId, members, event, at);
      } else if (members != null) {
        members.change(event);
      }
    }
  }

  private void message(
      XFile file, String conversationId, GroupMembers members, DmEvent event, SourceRef at) {
    Message problem = event.problem(!group);
    if (problem != null) {
      file.skip(at, problem);
      return;
    }
    if (members != null) {
      members.message(event, at);
      return;
    }
    String conversation =
        conversationId.isEmpty() ? DmEvent.pairKey(event) : conversationId; // as X forms it
    file.sink()
        .directMessage(
            new XDirectMessage(
                conversation,
                event.id(),
                event.sender(),
                List.of(event.recipient()),
                event.createdAt(),
                false,
                at));
    file.used();
  }

  private static void flush(
      XFile file, String conversationId, GroupMembers members, SourceRef start) {
    String conversation = conversationId.isEmpty() ? "group@" + start.line() : conversationId;
    if (members.overflowed()) {
      file.note(start, Severity.INFO, Message.of("problem.x-long-group", conversation));
    }
    for (GroupMembers.Sent sent : members.drain()) {
      DmEvent m = sent.event();
      List<String> to = sent.recipients();
      Instant at = m.createdAt();
      file.sink()
          .directMessage(
              new XDirectMessage(conversation, m.id(), m.sender(), to, at, true, sent.source()));
      file.used();
    }
  }
}
