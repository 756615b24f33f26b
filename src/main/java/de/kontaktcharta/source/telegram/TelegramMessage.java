package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message, or one call, in a personal chat or a group. The text is not kept.
 *
 * <p>In a personal chat the chat's id is the other person's user id, so a message from that id came
 * in and any other is the owner's ({@link #fromCounterpart()}); this holds for single-chat exports
 * too, which do not name the owner.
 *
 * @param chat the chat it belongs to; its id is the conversation key
 * @param messageId Telegram's message number within the chat
 * @param senderId the sender's user id without Telegram's {@code user} prefix; channels and chats
 *     posting in a group keep theirs ({@code channel123})
 * @param senderName the sender's name as the owner sees it; may be empty (deleted accounts)
 * @param sentAt the exact time, from {@code date_unixtime}; null in exports older than 2022 that
 *     only have {@code localTime}
 * @param localTime the exporting computer's local time, only when {@code sentAt} is unknown
 * @param kind message or call
 * @param source file and line of the message object
 */
public record TelegramMessage(
    TelegramChat chat,
    String messageId,
    String senderId,
    String senderName,
    Instant sentAt,
    LocalDateTime localTime,
    Kind kind,
    SourceRef source) {

  /** What happened. */
  public enum Kind {
    MESSAGE,
    /** A phone call (Telegram's {@code phone_call} service message), by whoever called. */
    CALL
  }

  public TelegramMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(senderId, "senderId");
    senderName = senderName == null ? "" : senderName;
    if ((sentAt == null) == (localTime == null)) {
      throw new IllegalArgumentException("exactly one of sentAt and localTime is required");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** In a personal chat the other person's user id, whoever sent the message; else empty. */
  public String counterpartId() {
    return chat.type().oneToOne() ? chat.id() : "";
  }

  /** True in a personal chat when the other person sent it; false for the owner's messages. */
  public boolean fromCounterpart() {
    return chat.type().oneToOne() && senderId.equals(chat.id());
  }
}
