package de.kontaktcharta.input.text;

import de.kontaktcharta.model.Message;

/**
 * A decoding reader that also reads text written in a second encoding, as files re-saved in parts
 * by another program have, and counts it for one warning per file.
 */
public interface MixedText {

  /** How many bytes or sequences were read in the second encoding so far. */
  long foreign();

  /** The warning to give when {@link #foreign()} is not zero. */
  Message warning();
}
