package de.kontaktcharta.app;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.SourceKinds;
import java.util.List;
import java.util.Optional;

/** The input kinds the tool reads, by the codes the command line uses for them ({@code --as}). */
public final class Kinds {

  private Kinds() {}

  /** Every kind's code, in reading order. */
  public static List<String> codes() {
    return SourceKinds.standard().kinds().stream().map(InputKind::code).toList();
  }

  /** The kind of a code, ignoring case and surrounding space. */
  public static Optional<InputKind> byCode(String code) {
    return SourceKinds.standard().byCode(code);
  }
}
