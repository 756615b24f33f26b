package de.kontaktcharta.source.meta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the owner from the threads: the name in the most threads, ties going to the one who sent
 * more. Feed it every message of the export (Facebook and Instagram apart), then ask.
 */
public final class MetaOwnerTally {

  private final Map<String, int[]> byName = new HashMap<>();
  private final Set<String> threads = new HashSet<>();

  public void add(MetaMessage message) {
    if (threads.add(message.conversationKey())) {
      for (String name : message.participants()) {
        counts(name)[0]++;
      }
    }
    counts(message.sender())[1]++;
  }

  /** The best guess, or empty when no message was seen. */
  public Optional<MetaOwnerGuess> owner() {
    Map.Entry<String, int[]> best = null;
    for (Map.Entry<String, int[]> e : byName.entrySet()) {
      if (best == null || better(e, best)) {
        best = e;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int all = threads.size();
    int top = best.getValue()[0];
    String name = best.getKey();
    long alsoEverywhere =
        byName.entrySet().stream()
            .filter(e -> !e.getKey().equals(name) && e.getValue()[0] == all)
            .count();
    boolean certain = all >= 2 && top == all && alsoEverywhere == 0;
    return Optional.of(new MetaOwnerGuess(name, top, all, certain));
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
