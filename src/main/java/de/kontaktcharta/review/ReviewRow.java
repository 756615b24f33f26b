package de.kontaktcharta.review;

import de.kontaktcharta.model.SourceRef;
import java.util.Optional;

/**
 * One row of an earlier report's review sheets, as the user left it.
 *
 * @param source the workbook, sheet and row, e.g. {@code kontaktcharta-2026-11-20.xlsx!Kontakte:7}
 * @param invitation true for a row of the Invitations sheet
 * @param id the Contact or Invitation ID
 * @param name the name in the row
 * @param status the status or recommendation code in the row, empty when none
 * @param reason the Reason cell, or null when the sheet has no such column
 * @param decision the Decision cell, or null when the sheet has no such column
 * @param note the Note cell, or null when the sheet has no such column
 */
public record ReviewRow(
    SourceRef source,
    boolean invitation,
    String id,
    String name,
    String status,
    String reason,
    String decision,
    String note) {

  public Optional<String> reasonCell() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> decisionCell() {
    return Optional.ofNullable(decision);
  }

  public Optional<String> noteCell() {
    return Optional.ofNullable(note);
  }
}
