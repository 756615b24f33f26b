package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One conversation while its message rows are read. Its messages are held back (without texts)
 * until the conversation ends, because whether it is a group shows only when every sender is known;
 * a conversation longer than the bound is handed on in parts, decided from its first part.
 */
final class ConversationBlock {

  /** A message row that was read and waits for its conversation to end. */
  private record Pending(String sender, XingTime sent, SourceRef source) {}

  private final String key;
  private final SourceRef source;
  private final Set<String> names = new LinkedHashSet<>();
  private final List<Pending> pending = new ArrayList<>();
  private final int maxPending;
  private final Map<String, List<String>> recipients = new HashMap<>();
  private List<String> decidedNames;
  private boolean group;
  private int messages;
  private boolean lateNameNoted;

  private ConversationBlock(String key, SourceRef source, List<String> listed, int maxPending) {
    this.key = key;
    this.source = source;
    this.names.addAll(listed);
    this.maxPending = maxPending;
  }

  /** The block a conversation row starts. */
  static ConversationBlock of(MessageRow row, SourceRef source, int maxPending) {
    List<String> listed = new ArrayList<>();
    for (String part : row.participants().split(",")) {
      String name = XingText.name(part);
      if (!name.isEmpty() && !listed.contains(name)) {
        listed.add(name);
      }
    }
    String key = key(String.join("\u0000", listed), row.subject().strip(), row.started().strip());
    return new ConversationBlock(key, source, listed, maxPending);
  }

  /** The block for message rows that come before any conversation row. */
  static ConversationBlock orphans(SourceRef source, int maxPending) {
    return new ConversationBlock(
        key(source.file(), Integer.toString(source.line()), "orphans"),
        source,
        List.of(),
        maxPending);
  }

  void add(String sender, XingTime sent, SourceRef at, XingSink<XingMessage> sink) {
    messages++;
    if (names.add(sender) && decidedNames != null && !lateNameNoted) {
      lateNameNoted = true;
      sink.problem(
          Problem.note(
              at,
              Severity.INFO,
              group
                  ? Message.of("problem.xing-late-participant.group", maxPending)
                  : Message.of("problem.xing-late-participant.one-to-one", maxPending)));
    }
    pending.add(new Pending(sender, sent, at));
    if (pending.size() >= maxPending) {
      flush(sink);
    }
  }

  /** Hands on every message held back and notes what is odd about the conversation. */
  void close(XingSink<XingMessage> sink) {
    flush(sink);
    if (messages == 0) {
      sink.problem(
          Problem.note(source, Severity.INFO, Message.of("problem.xing-empty-conversation")));
    } else if (names.size() == 1) {
      sink.problem(
          Problem.note(
              source, Severity.INFO, Message.of("problem.xing-counterpart-unknown", messages)));
    }
  }

  private void flush(XingSink<XingMessage> sink) {
    if (pending.isEmpty()) {
      return;
    }
    if (decidedNames == null) {
      decidedNames = List.copyOf(names);
      group = decidedNames.size() > 2;
    }
    for (Pending p : pending) {
      List<String> to = recipients.computeIfAbsent(p.sender(), this::others);
      sink.accept(
          new XingMessage(key, decidedNames, p.sender(), to, p.sent(), group, p.source(), source));
    }
    pending.clear();
  }

  private List<String> others(String sender) {
    List<String> out = new ArrayList<>(decidedNames);
    out.remove(sender);
    return List.copyOf(out);
  }

  /** A key that stays the same when the export is made again: a digest, the subject not kept. */
  private static String key(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1F);
      }
      byte[] digest = sha.digest();
      StringBuilder hex = new StringBuilder("xing-");
      for (int i = 0; i < 8; i++) {
        hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16));
        hex.append(Character.forDigit(digest[i] & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
