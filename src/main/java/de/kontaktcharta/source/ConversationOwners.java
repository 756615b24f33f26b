package de.kontaktcharta.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers an export's owner from its conversations when no file names them: the owner takes part in
 * every conversation and usually writes the most. The name in the most conversations wins, ties
 * going to the one who sent more, then to the name (for a stable answer).
 */
public final class ConversationOwners {

  /**
   * The best guess.
   *
   * @param name the name as the export writes it
   * @param conversations conversations the name takes part in
   * @param ofConversations conversations seen
   * @param sent messages the name sent
   * @param certain true when the name is in every one of at least two conversations and no other
   *     name is
   */
  public record Guess(
      String name, int conversations, int ofConversations, int sent, boolean certain) {}

  private final Map<String, int[]> byName = new HashMap<>();
  private final Set<String> conversations = new HashSet<>();

  /** Counts one message; its participants count once per conversation. */
  public void add(String conversation, Collection<String> participants, String sender) {
    if (conversations.add(conversation)) {
      for (String name : participants) {
        counts(name)[0]++;
      }
    }
    counts(sender)[1]++;
  }

  /** The best guess, or empty when no message was seen. */
  public Optional<Guess> owner() {
    Map.Entry<String, int[]> best = null;
    for (Map.Entry<String, int[]> e : byName.entrySet()) {
      if (best == null || better(e, best)) {
        best = e;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int all = conversations.size();
    int[] top = best.getValue();
    String name = best.getKey();
    long alsoEverywhere =
        byName.entrySet().stream()
            .filter(e -> !e.getKey().equals(name) && e.getValue()[0] == all)
            .count();
    boolean certain = all >= 2 && top[0] == all && alsoEverywhere == 0;
    return Optional.of(new Guess(name, top[0], all, top[1], certain));
  }

  private static boolean better(Map.Entry<String, int[]> a, Map.Entry<String, int[]> b) {
    int[] x = a.getValue();
    int[] y = b.getValue();
    if (x[0] != y[0]) {
      return x[0] > y[0];
    }
    if (x[1] != y[1]) {
      return x[1] > y[1];
    }
    return a.getKey().compareTo(b.getKey()) < 0;
  }

  private int[] counts(String name) {
    return byName.computeIfAbsent(name, n -> new int[2]);
  }
}
