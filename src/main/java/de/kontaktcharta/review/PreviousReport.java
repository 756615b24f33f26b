package de.kontaktcharta.review;

import de.kontaktcharta.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What an earlier report says: its review rows (with the user's entries) and the problems met
 * reading it.
 *
 * @param file the report read, or null when there was none
 * @param rows every row of the Contacts, No-reason and Invitations sheets
 * @param problems the report could not be read, or a row could not be understood
 */
public record PreviousReport(Path file, List<ReviewRow> rows, List<Problem> problems) {

  public static final PreviousReport NONE = new PreviousReport(null, List.of(), List.of());

  public PreviousReport {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
