package de.kontaktcharta.rules;

import java.util.BitSet;

/**
 * What became of the people counted in the messages once the network is known: credited to a
 * contact or an inviter, or named ambiguously. Everybody else is outside the network. The messages
 * of people credited to nobody are then listed on Problems, one line per file and reason.
 */
public final class Credits {

  private final BitSet credited = new BitSet();
  private final BitSet ambiguous = new BitSet();

  void credit(int partner) {
    credited.set(partner);
  }

  void ambiguous(int partner) {
    ambiguous.set(partner);
  }

  boolean isCredited(int partner) {
    return credited.get(partner);
  }

  boolean isAmbiguous(int partner) {
    return ambiguous.get(partner);
  }
}
