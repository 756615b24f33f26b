package de.kontaktcharta.source.reasons;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;

/** The reasons ledger, an earlier report's review sheets, and hand-made lists of that shape. */
public final class ReasonsKind {

  public static final InputKind KIND = new InputKind("reasons", Role.EVIDENCE);

  /**
   * The ledger and a report's review sheets have a Decision column; the report's Evidence sheet,
   * which also has IDs and a Reason column, has none and is no list of decisions. The weight puts
   * an earlier report's review sheets before the contact and invitation lists they resemble.
   */
  public static final TableKind SOURCE =
      TableKind.read(
          KIND,
          List.of(
              Signature.of(
                  KIND,
                  40,
                  "contact id|kontakt-id|invitation id|einladungs-id",
                  "decision|entscheidung")),
          ReasonsReader::new);

  private ReasonsKind() {}
}
