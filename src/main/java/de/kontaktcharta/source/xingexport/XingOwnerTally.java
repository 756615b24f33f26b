package de.kontaktcharta.source.xingexport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the owner from the messages: the name in the most conversations, ties going to the one who
 * sent more. Feed it every message of the export's messages files, then ask.
 */
public final class XingOwnerTally {

  private final Map<String, int[]> byName = new HashMap<>();
  private final Set<String> conversations = new HashSet<>();

  public void add(XingMessage message) {
    if (conversations.add(message.conversationKey())) {
      for (String name : message.participants()) {
        counts(name)[0]++;
      }
    }
    counts(message.sender())[1]++;
  }

  /** The best guess, or empty when no message was seen. */
  public Optional<XingOwnerGuess> owner() {
    String best = null;
    int[] top = null;
    int runnerUp = 0;
    for (Map.Entry<String, int[]> e : byName.entrySet()) {
      int[] c = e.getValue();
      if (top == null
          || c[0] > top[0]
          || (c[0] == top[0] && c[1] > top[1])
          || (c[0] == top[0] && c[1] == top[1] && e.getKey().compareTo(best) < 0)) {
        if (top != null) {
          runnerUp = Math.max(runnerUp, top[0]);
        }
        best = e.getKey();
        top = c;
      } else {
        runnerUp = Math.max(runnerUp, c[0]);
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int all = conversations.size();
    boolean certain = all >= 2 && top[0] == all && runnerUp < all;
    return Optional.of(new XingOwnerGuess(best, top[0], all, top[1], certain));
  }

  private int[] counts(String name) {
    return byName.computeIfAbsent(name, n -> new int[2]);
  }
}
