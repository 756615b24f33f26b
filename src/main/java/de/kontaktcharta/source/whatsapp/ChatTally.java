package de.kontaktcharta.source.whatsapp;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts what a chat holds while it is read, and decides at the end whether it is a group. */
final class ChatTally {

  private final Map<String, Integer> byAuthor = new LinkedHashMap<>();
  private int messages;
  private int systemLines;
  private int problems;
  private int groupEventLine;
  private int thirdAuthorLine;
  private LocalDateTime first;
  private LocalDateTime last;

  void message(ChatMessage message, boolean groupEvent) {
    first = first == null || message.time().isBefore(first) ? message.time() : first;
    last = last == null || message.time().isAfter(last) ? message.time() : last;
    if (message.system()) {
      systemLines++;
      if (groupEvent && groupEventLine == 0) {
        groupEventLine = message.line();
      }
      return;
    }
    messages++;
    if (byAuthor.merge(message.author(), 1, Integer::sum) == 1
        && byAuthor.size() == 3
        && thirdAuthorLine == 0) {
      thirdAuthorLine = message.line();
    }
  }

  void problem() {
    problems++;
  }

  ChatSummary summary(
      ChatSource source, ChatFormat format, DateOrder order, boolean guessed, int lines) {
    ChatSummary.GroupReason reason;
    int reasonLine;
    if (groupEventLine > 0) {
      reason = ChatSummary.GroupReason.GROUP_EVENT;
      reasonLine = groupEventLine;
    } else if (thirdAuthorLine > 0) {
      reason = ChatSummary.GroupReason.MORE_THAN_TWO_AUTHORS;
      reasonLine = thirdAuthorLine;
    } else {
      reason = ChatSummary.GroupReason.AT_MOST_TWO_AUTHORS;
      reasonLine = 0;
    }
    return new ChatSummary(
        source,
        format,
        order,
        guessed,
        byAuthor,
        reason != ChatSummary.GroupReason.AT_MOST_TWO_AUTHORS,
        reason,
        reasonLine,
        messages,
        systemLines,
        problems,
        first,
        last,
        lines);
  }
}
