package de.kontaktcharta.report;

import java.util.Objects;

/**
 * A difference between this run and the previous report.
 *
 * @param kind what changed
 * @param id the Contact or Invitation ID
 * @param name the person's name
 * @param before the value before (a status code, a decision), empty when none
 * @param after the value now, empty when none
 */
public record Change(Kind kind, String id, String name, String before, String after) {

  /** The kinds of change. */
  public enum Kind {
    NEW,
    VANISHED,
    STATUS,
    REMOVE_PENDING,
    INVITATION_NEW
  }

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }
}
