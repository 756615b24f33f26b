package de.kontaktcharta.source.whatsapp;

import java.util.Objects;

/**
 * A line of a chat file that could not be used.
 *
 * @param file display name of the file
 * @param line 1-based line number
 * @param kind what is wrong
 * @param detail the offending date, or a count; never message text
 */
public record ChatProblem(String file, int line, Kind kind, String detail) {

  /** What is wrong. */
  public enum Kind {
    /** Lines before the first dated line; {@code detail} gives their count. */
    TEXT_BEFORE_FIRST_MESSAGE,
    /** A dated line whose date does not exist or does not fit the file's day/month order. */
    INVALID_DATE,
    /** The file holds no dated line at all. */
    NO_MESSAGES
  }

  public ChatProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
  }
}
