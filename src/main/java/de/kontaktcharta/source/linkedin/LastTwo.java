package de.kontaktcharta.source.linkedin;

import java.util.function.BiFunction;

/**
 * Remembers what was made of the last two pairs of cell values. A conversation's rows follow each
 * other in {@code messages.csv}, and in a one-to-one conversation the same two people take turns as
 * sender and recipient, so most rows name someone one of the two rows before named: their person is
 * then used again instead of being made anew for each of a million rows.
 *
 * @param <T> what is made of a pair; it must not change once made
 */
final class LastTwo<T> {

  private final BiFunction<String, String, T> make;
  private String firstA;
  private String firstB;
  private T first;
  private String secondA;
  private String secondB;
  private T second;

  LastTwo(BiFunction<String, String, T> make) {
    this.make = make;
  }

  T get(String a, String b) {
    if (first != null && a.equals(firstA) && b.equals(firstB)) {
      return first;
    }
    if (second == null || !a.equals(secondA) || !b.equals(secondB)) {
      secondA = a;
      secondB = b;
      second = make.apply(a, b);
    }
    // the one just asked for comes first next time
    String swapA = firstA;
    String swapB = firstB;
    T swap = first;
    firstA = secondA;
    firstB = secondB;
    first = second;
    secondA = swapA;
    secondB = swapB;
    second = swap;
    return first;
  }
}
