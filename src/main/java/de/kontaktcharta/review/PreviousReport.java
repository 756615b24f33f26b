package de.kontaktcharta.review;

import de.kontaktcharta.model.Message;
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
 * @param unreadable why the file could not be read; {@link Message#NONE} when it was read
 */
public record PreviousReport(
    Path file, List<ReviewRow> rows, List<Problem> problems, Message unreadable) {

  public static final PreviousReport NONE = new PreviousReport(null, List.of(), List.of());

  public PreviousReport {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** A report that was read. */
  public PreviousReport(Path file, List<ReviewRow> rows, List<Problem> problems) {
    this(file, rows, problems, Message.NONE);
  }

  /** True when the file could not be read. */
  public boolean isUnreadable() {
    return !unreadable.isEmpty();
  }
}
