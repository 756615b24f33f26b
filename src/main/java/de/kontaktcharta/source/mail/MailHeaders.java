package de.kontaktcharta.source.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the header of one message says about who wrote to whom and when. Addresses are lower-cased
 * and display names decoded; groups such as {@code undisclosed-recipients:;} contribute their
 * members (none for an empty group).
 *
 * @param position where the message is
 * @param from the {@code From} mailboxes (usually one; never empty)
 * @param sender the {@code Sender} mailbox, or null when absent
 * @param replyTo the {@code Reply-To} mailboxes
 * @param to the {@code To} mailboxes
 * @param cc the {@code Cc} mailboxes
 * @param bcc the {@code Bcc} mailboxes (present only in the owner's sent copies)
 * @param deliveredTo the {@code Delivered-To} addresses: the owner's own addresses on received mail
 *     in Gmail and many servers
 * @param date when it was written, with the writer's offset
 * @param dateSource which header gave the date
 * @param messageId the {@code Message-ID} without angle brackets, or an empty string
 * @param inReplyTo the first id of {@code In-Reply-To} without angle brackets, or an empty string
 * @param references the ids of {@code References}, oldest first, without angle brackets
 * @param gmailThreadId Gmail's {@code X-GM-THRID}, or an empty string
 * @param subject the decoded subject (to tell threads apart; never shown for its content)
 * @param gmailLabels the decoded labels of {@code X-Gmail-Labels}, as Gmail localises them
 * @param bulkSignals the headers that mark the message as bulk or automatic; empty for personal
 *     mail
 * @param headerTruncated true when the header was longer than {@link MailLimits#maxHeaderBytes()}
 *     and only its beginning was read
 */
public record MailHeaders(
    MailPosition position,
    List<MailAddress> from,
    MailAddress sender,
    List<MailAddress> replyTo,
    List<MailAddress> to,
    List<MailAddress> cc,
    List<MailAddress> bcc,
    List<String> deliveredTo,
    OffsetDateTime date,
    DateSource dateSource,
    String messageId,
    String inReplyTo,
    List<String> references,
    String gmailThreadId,
    String subject,
    List<String> gmailLabels,
    Set<BulkSignal> bulkSignals,
    boolean headerTruncated) {

  public MailHeaders {
    Objects.requireNonNull(position, "position");
    from = List.copyOf(from);
    if (from.isEmpty()) {
      throw new IllegalArgumentException("a message needs a From address: " + position);
    }
    replyTo = List.copyOf(replyTo);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    bcc = List.copyOf(bcc);
    deliveredTo = List.copyOf(deliveredTo);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    messageId = Objects.requireNonNullElse(messageId, "");
    inReplyTo = Objects.requireNonNullElse(inReplyTo, "");
    references = List.copyOf(references);
    gmailThreadId = Objects.requireNonNullElse(gmailThreadId, "");
    subject = Objects.requireNonNullElse(subject, "");
    gmailLabels = List.copyOf(gmailLabels);
    bulkSignals =
        bulkSignals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(bulkSignals));
  }

  /** The moment the message was written. */
  public Instant instant() {
    return date.toInstant();
  }

  /** True when any header marks the message as bulk or automatic. */
  public boolean bulk() {
    return !bulkSignals.isEmpty();
  }

  /**
   * The distinct addresses of {@code To} and {@code Cc} in order of appearance: the recipients that
   * decide whether a message is one-to-one or a group message.
   */
  public List<MailAddress> recipients() {
    Set<String> seen = new LinkedHashSet<>();
    List<MailAddress> result = new ArrayList<>();
    for (List<MailAddress> list : List.of(to, cc)) {
      for (MailAddress address : list) {
        if (seen.add(address.address())) {
          result.add(address);
        }
      }
    }
    return result;
  }

  /**
   * A key shared by the messages of one thread: Gmail's thread id when present, else the first
   * {@code References} id (the thread's root), else {@code In-Reply-To}, else the own Message-ID;
   * an empty string when the message has none of them.
   */
  public String threadKey() {
    if (!gmailThreadId.isEmpty()) {
      return gmailThreadId;
    }
    if (!references.isEmpty()) {
      return references.get(0);
    }
    return inReplyTo.isEmpty() ? messageId : inReplyTo;
  }
}
