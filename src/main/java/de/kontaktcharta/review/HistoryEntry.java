package de.kontaktcharta.review;

import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;

/**
 * One change of a ledger entry, as kept in {@code reasons-history.csv}.
 *
 * @param day the day of the run that took the change into the ledger
 * @param id the Contact or Invitation ID
 * @param name the person's name
 * @param field {@code Reason}, {@code Decision} or {@code Note}
 * @param before the value before, empty when there was none
 * @param after the value after, empty when it was cleared
 * @param source the report row the change came from
 */
record HistoryEntry(
    LocalDate day,
    String id,
    String name,
    String field,
    String before,
    String after,
    SourceRef source) {}
