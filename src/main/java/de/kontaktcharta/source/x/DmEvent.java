package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of a conversation's {@code messages}: {@code messageCreate}, or in groups {@code
 * joinConversation}, {@code participantsJoin}, {@code participantsLeave}, {@code
 * conversationNameUpdate}, … Only ids and the time are kept; the text is skipped unread.
 *
 * @param kind the element's key, e.g. {@code messageCreate}
 * @param id the message id; empty when absent
 * @param sender the sender's account id; empty when absent, null when not an exact id
 * @param recipient the recipient's account id (one-to-one only); empty when absent
 * @param createdAt when; null when absent or unreadable
 * @param rawCreatedAt the time as written, for messages
 * @param initiator who caused a membership change; empty when absent
 * @param userIds the accounts a membership change names
 */
record DmEvent(
    String kind,
    String id,
    String sender,
    String recipient,
    Instant createdAt,
    String rawCreatedAt,
    String initiator,
    List<String> userIds) {

  /** Reads the object the parser stands on (its START_OBJECT). */
  static DmEvent read(JsonParser p, String kind) throws IOException {
    String id = "";
    String sender = "";
    String recipient = "";
    String created = "";
    String initiator = "";
    List<String> userIds = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id":
          id = orEmpty(XJson.text(p));
          break;
        case "senderId":
          sender = XJson.id(XJson.text(p));
          break;
        case "recipientId":
          recipient = XJson.id(XJson.text(p));
          break;
        case "createdAt":
          created = orEmpty(XJson.text(p));
          break;
        case "initiatingUserId":
          initiator = orEmpty(XJson.id(XJson.text(p)));
          break;
        case "participantsSnapshot":
        case "userIds":
          ids(p, userIds);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    return new DmEvent(
        kind, id, sender, recipient, XJson.instant(created), created, initiator, userIds);
  }

  private static void ids(JsonParser p, List<String> into) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String id = XJson.id(XJson.text(p));
      if (id != null && !id.isEmpty()) {
        into.add(id);
      }
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Why this message cannot be used, or null when it can. */
  Message problem(boolean needsRecipient) {
    if (sender == null || sender.isEmpty()) {
      return Message.of("problem.x-bad-message.no-sender");
    }
    if (needsRecipient && (recipient == null || recipient.isEmpty())) {
      return Message.of("problem.x-bad-message.no-recipient");
    }
    if (createdAt == null) {
      return rawCreatedAt.isEmpty()
          ? Message.of("problem.x-bad-message.no-date")
          : Message.of("problem.x-bad-message.bad-date", rawCreatedAt);
    }
    return null;
  }

  /** X's key for a one-to-one conversation: both ids, the smaller first, joined by "-". */
  static String pairKey(DmEvent m) {
    String a = m.sender();
    String b = m.recipient();
    boolean aFirst = a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) <= 0;
    return aFirst ? a + "-" + b : b + "-" + a;
  }
}
