package de.kontaktcharta.rules;

import java.util.Arrays;

/**
 * The one-to-one messages of a channel in a few ints each, so that a million messages take memory
 * for numbers only: the file, the day, the sender and the recipients. Who of them is the owner is
 * known only when every file is read; until then each message is kept as written.
 */
final class MessageStore {

  /** The day of a message without a date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  private int[] data = new int[1024];
  private int size;
  private int messages;

  /** Adds a message; the sender and recipients are participant ids, -1 for nobody known. */
  void add(int file, int day, int sender, int[] recipients, int count) {
    ensure(4 + count);
    data[size++] = file;
    data[size++] = day;
    data[size++] = sender;
    data[size++] = count;
    System.arraycopy(recipients, 0, data, size, count);
    size += count;
    messages++;
  }

  int messages() {
    return messages;
  }

  /** Walks the messages in the order they were added. */
  void forEach(Visitor visitor) {
    int at = 0;
    while (at < size) {
      int count = data[at + 3];
      visitor.message(data[at], data[at + 1], data[at + 2], data, at + 4, count);
      at += 4 + count;
    }
  }

  /** Receives one message; {@code recipients[from, from + count)} are its recipients. */
  @FunctionalInterface
  interface Visitor {
    void message(int file, int day, int sender, int[] recipients, int from, int count);
  }

  private void ensure(int more) {
    if (size + more > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
    }
  }
}
