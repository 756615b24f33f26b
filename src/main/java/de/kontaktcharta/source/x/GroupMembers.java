package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows who belongs to one group conversation. X lists a conversation newest first and names the
 * members only where they change (the snapshot when the owner joined, later joins and leaves),
 * usually after the messages they concern; so the conversation's events are collected (up to {@link
 * Limit#events()}) and replayed oldest first before the messages are passed on.
 */
final class GroupMembers {

  /**
   * How many events of one conversation are held at most; beyond it the messages collected so far
   * are passed on with the members known by then.
   */
  record Limit(int events) {

    static final Limit DEFAULT = new Limit(20_000);
  }

  /** A message with the members who received it. */
  record Sent(DmEvent event, SourceRef source, List<String> recipients) {}

  private record Held(DmEvent event, SourceRef source) {}

  private final Limit limit;
  private final List<Held> held = new ArrayList<>();
  private final Set<String> known = new LinkedHashSet<>();
  private boolean overflowed;
  private boolean reported;

  GroupMembers(Limit limit) {
    this.limit = limit;
  }

  void message(DmEvent event, SourceRef source) {
    held.add(new Held(event, source));
  }

  void change(DmEvent event) {
    held.add(new Held(event, null));
  }

  /** True when the collected events reached the limit and must be passed on now. */
  boolean full() {
    if (held.size() >= limit.events()) {
      overflowed = true;
    }
    return overflowed && !held.isEmpty();
  }

  /** True once, the first time the conversation outgrew the limit. */
  boolean overflowed() {
    if (overflowed && !reported) {
      reported = true;
      return true;
    }
    return false;
  }

  /** The collected messages, oldest first, each with the members at its time; clears the list. */
  List<Sent> drain() {
    Set<String> members = new HashSet<>(known);
    members.addAll(initialMembers());
    List<Sent> sent = new ArrayList<>();
    for (int i = held.size() - 1; i >= 0; i--) {
      DmEvent e = held.get(i).event();
      switch (e.kind()) {
        case "messageCreate":
          members.add(e.sender());
          List<String> to = new ArrayList<>(members);
          to.remove(e.sender());
          to.sort(null);
          sent.add(new Sent(e, held.get(i).source(), to));
          break;
        case "participantsLeave":
          e.userIds().forEach(members::remove);
          break;
        default:
          members.addAll(e.userIds());
          addIfPresent(members, e.initiator());
          break;
      }
    }
    known.addAll(members);
    held.clear();
    return sent;
  }

  /**
   * Everyone the events name, except those who first appear joining: they were not there before.
   */
  private Set<String> initialMembers() {
    Set<String> seen = new HashSet<>();
    Set<String> initial = new HashSet<>();
    for (int i = held.size() - 1; i >= 0; i--) {
      DmEvent e = held.get(i).event();
      boolean joining = "participantsJoin".equals(e.kind());
      for (String id : e.userIds()) {
        if (seen.add(id) && !joining) {
          initial.add(id);
        }
      }
      for (String id : new String[] {e.sender(), e.initiator()}) {
        if (id != null && !id.isEmpty() && seen.add(id)) {
          initial.add(id);
        }
      }
    }
    return initial;
  }

  private static void addIfPresent(Set<String> members, String id) {
    if (id != null && !id.isEmpty()) {
      members.add(id);
    }
  }
}
