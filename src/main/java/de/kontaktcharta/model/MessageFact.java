package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One message sent on any channel (drafts are not facts). Every channel's reader says the same
 * things, so that the charter's EXCHANGE rule can count all channels together: who wrote to whom,
 * when, whether in a one-to-one or a group conversation, and whether the message was bulk or
 * automatic. A message counts toward an exchange only when it is neither group nor bulk; it then
 * counts between its sender and each of its recipients.
 *
 * @param channel where it was sent
 * @param sender who wrote it
 * @param recipients who received it as far as the source names them (To and Cc of a mail, the other
 *     side of a one-to-one chat); empty when the source does not say
 * @param time when, or null when unknown
 * @param group true for a conversation of more than two people, and for a mail to more than five
 *     recipients
 * @param bulk true for newsletters, mailing lists and automatic mail (list headers, {@code
 *     Precedence: bulk}, {@code Auto-Submitted}, no-reply senders)
 * @param conversation a key shared by the messages of one conversation or thread (a mail's thread
 *     root, a chat's file); never shown, only used to tell threads apart; empty when unknown
 * @param messageId the channel's own id of the message (a mail's {@code Message-ID}), so that a
 *     message read from two files counts once; empty when the channel has none
 * @param text the text, only where a wording rule reads it (LinkedIn messages); empty for mail and
 *     chats, whose bodies are never read
 * @param source where it is: file and line, or mailbox, message number and byte offset
 */
public record MessageFact(
    Channel channel,
    PersonRef sender,
    List<PersonRef> recipients,
    MessageTime time,
    boolean group,
    boolean bulk,
    String conversation,
    String messageId,
    String text,
    SourceRef source)
    implements Fact {

  public MessageFact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    recipients = List.copyOf(recipients);
    conversation = conversation == null ? "" : conversation;
    messageId = messageId == null ? "" : messageId;
    text = text == null ? "" : text;
    Objects.requireNonNull(source, "source");
  }

  /**
   * A LinkedIn message: dated by day, a group message when it has more than one recipient, never
   * bulk.
   */
  public static MessageFact linkedIn(
      PersonRef sender,
      List<PersonRef> recipients,
      LocalDate date,
      String text,
      String conversation,
      SourceRef source) {
    return new MessageFact(
        Channel.LINKEDIN,
        sender,
        recipients,
        MessageTime.day(date),
        recipients.size() > 1,
        false,
        conversation,
        "",
        text,
        source);
  }

  /** The same without a conversation key. */
  public static MessageFact linkedIn(
      PersonRef sender, List<PersonRef> recipients, LocalDate date, String text, SourceRef source) {
    return linkedIn(sender, recipients, date, text, "", source);
  }

  /** The day it was sent, or null when unknown. */
  public LocalDate date() {
    return time == null ? null : time.day();
  }

  /** True when the message can count toward an exchange: one-to-one and not bulk. */
  public boolean personal() {
    return !group && !bulk;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.message(this);
  }
}
