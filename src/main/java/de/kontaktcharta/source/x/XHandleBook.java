package de.kontaktcharta.source.x;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account id → handle and display name, learnt from the owner's own posts ({@link XMention}s).
 * Direct messages name people by id only; this book is the archive's one offline way to give such
 * an id a handle. Handles change over time: the newest post wins, older handles are kept.
 */
public final class XHandleBook {

  /**
   * What the archive says about one account.
   *
   * @param userId the numeric account id
   * @param handle the newest handle without {@code @}; may be empty
   * @param name the newest display name; may be empty
   * @param handles every handle seen, newest first
   */
  public record Entry(String userId, String handle, String name, List<String> handles) {

    public Entry {
      handles = List.copyOf(handles);
    }
  }

  private static final class Seen {
    private Instant newest;
    private String handle = "";
    private String name = "";
    private final Map<String, Instant> handles = new HashMap<>();
  }

  private final Map<String, Seen> byId = new HashMap<>();

  /** Learns from one mention; mentions may come in any order. */
  public void add(XMention mention) {
    Seen seen = byId.computeIfAbsent(mention.userId(), id -> new Seen());
    Instant at = mention.postedAt() == null ? Instant.MIN : mention.postedAt();
    if (!mention.handle().isEmpty()) {
      seen.handles.merge(mention.handle(), at, (a, b) -> a.isAfter(b) ? a : b);
    }
    boolean newer = seen.newest == null || !at.isBefore(seen.newest);
    if (newer) {
      seen.newest = at;
      seen.handle = mention.handle().isEmpty() ? seen.handle : mention.handle();
      seen.name = mention.name().isEmpty() ? seen.name : mention.name();
    } else {
      seen.handle = seen.handle.isEmpty() ? mention.handle() : seen.handle;
      seen.name = seen.name.isEmpty() ? mention.name() : seen.name;
    }
  }

  /** What the archive says about {@code userId}, if it names the account anywhere. */
  public Optional<Entry> lookup(String userId) {
    Seen seen = byId.get(userId);
    return seen == null ? Optional.empty() : Optional.of(entry(userId, seen));
  }

  /** Every account named, sorted by id. */
  public List<Entry> entries() {
    List<Entry> all = new ArrayList<>();
    byId.forEach((id, seen) -> all.add(entry(id, seen)));
    all.sort(Comparator.comparing(Entry::userId));
    return all;
  }

  private static Entry entry(String id, Seen seen) {
    List<String> handles = new ArrayList<>(seen.handles.keySet());
    handles.sort(
        Comparator.comparing((String h) -> seen.handles.get(h))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return new Entry(id, seen.handle, seen.name, handles);
  }
}
