package de.kontaktcharta.cli;

import de.kontaktcharta.model.InputKind;
import java.util.Arrays;
import java.util.Iterator;

/** The input kinds' codes, for help texts and shell completion. */
final class KindCodes implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(InputKind.values()).map(InputKind::code).iterator();
  }
}
