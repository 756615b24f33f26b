package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One direct message. People appear only as numeric account ids; {@link XHandleBook} and the
 * owner's {@link XAccount} turn some of them into handles and names. The text is not kept.
 *
 * <p>Direction follows from {@link #senderId()} alone: the id order inside {@code conversationId}
 * says nothing about who wrote (X puts the smaller id first).
 *
 * @param conversationId X's conversation id; long conversations are split over several entries of
 *     the file with the same id, so grouping by it merges them
 * @param messageId X's message id
 * @param senderId account id of the sender
 * @param recipientIds account ids of the recipients: the one other person in a one-to-one
 *     conversation; in a group, the other members of the conversation at the time the message was
 *     sent, as far as the archive tells
 * @param sentAt when it was sent (X gives UTC instants)
 * @param group true for group conversations, which never count toward an exchange threshold
 * @param source file and line of the message
 */
public record XDirectMessage(
    String conversationId,
    String messageId,
    String senderId,
    List<String> recipientIds,
    Instant sentAt,
    boolean group,
    SourceRef source) {

  public XDirectMessage {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(senderId, "senderId");
    recipientIds = List.copyOf(recipientIds);
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(source, "source");
  }

  /** True when {@code accountId} wrote this message. */
  public boolean sentBy(String accountId) {
    return senderId.equals(accountId);
  }

  /** True when {@code accountId} received this message. */
  public boolean receivedBy(String accountId) {
    return recipientIds.contains(accountId);
  }

  /** Everyone taking part besides the owner: sender and recipients, the owner left out. */
  public List<String> others(String ownerId) {
    List<String> others = new ArrayList<>();
    others.add(senderId);
    others.addAll(recipientIds);
    others.removeIf(ownerId::equals);
    return others.stream().distinct().toList();
  }
}
