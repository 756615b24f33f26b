package de.kontaktcharta.rules;

import java.nio.charset.StandardCharsets;

/**
 * The message ids seen so far, as 64-bit hashes in an open-addressing table: a mailbox of a million
 * messages costs 16 MB here, not the strings. Two different ids with the same hash would make one
 * message count as the other's copy; with 64 bits that is not expected below billions of messages.
 */
final class SeenIds {

  private long[] table = new long[1024];
  private int size;

  /** True when the id is new; it is remembered from now on. */
  boolean add(String channel, String id) {
    long hash = hash(channel, id);
    if (hash == 0) {
      hash = 1; // 0 marks an empty slot
    }
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    boolean added = insert(table, hash);
    size += added ? 1 : 0;
    return added;
  }

  private boolean insert(long[] into, long hash) {
    int mask = into.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (into[i] != 0) {
      if (into[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    into[i] = hash;
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (long hash : old) {
      if (hash != 0) {
        insert(table, hash);
      }
    }
  }

  /** FNV-1a over the UTF-8 bytes, mixed once more so that the low bits spread. */
  private static long hash(String channel, String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (channel + '\u0000' + id).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  int size() {
    return size;
  }
}
