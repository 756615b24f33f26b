package de.kontaktcharta.source.whatsapp;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a whole chat file showed. The exporter's own messages are not marked in an export: the owner
 * is the author present in all of a person's chats, or one of the owner's numbers.
 *
 * @param source the file and its title
 * @param format the line layout, or null when the file had no dated line
 * @param dateOrder the order of day and month, or null when the file had no dated line
 * @param dateOrderGuessed true when no date in the file decided the order (all components &lt;= 12)
 *     and it was guessed: month first with a 12-hour clock, else day first
 * @param messagesByAuthor messages sent (everything but system lines) per author, in order of first
 *     appearance
 * @param group true for a group chat
 * @param groupReason why the chat is, or is not, taken as a group
 * @param groupReasonLine the line that decided it (the group system line, or the first message of
 *     the third author); 0 for a one-to-one chat
 * @param messages messages sent by authors
 * @param systemLines WhatsApp's own lines
 * @param problems lines reported as problems
 * @param first the earliest message or system line, or null
 * @param last the latest message or system line, or null
 * @param lines lines in the file
 */
public record ChatSummary(
    ChatSource source,
    ChatFormat format,
    DateOrder dateOrder,
    boolean dateOrderGuessed,
    Map<String, Integer> messagesByAuthor,
    boolean group,
    GroupReason groupReason,
    int groupReasonLine,
    int messages,
    int systemLines,
    int problems,
    LocalDateTime first,
    LocalDateTime last,
    int lines) {

  /** Why a chat is taken as a group or as one-to-one. */
  public enum GroupReason {
    /** A group event: created, added, left, removed, subject or icon changed, invite link. */
    GROUP_EVENT,
    /** More than two people wrote in it. */
    MORE_THAN_TWO_AUTHORS,
    /** At most two authors and no group event: one-to-one. */
    AT_MOST_TWO_AUTHORS
  }

  public ChatSummary {
    Objects.requireNonNull(source, "source");
    messagesByAuthor = Collections.unmodifiableMap(new LinkedHashMap<>(messagesByAuthor));
    Objects.requireNonNull(groupReason, "groupReason");
  }

  /** The authors in order of first appearance. */
  public Set<String> authors() {
    return messagesByAuthor.keySet();
  }
}
