package de.kontaktcharta.source.mail;

import java.util.Objects;

/**
 * A message (or a stretch of a mailbox) that could not be used.
 *
 * @param position where it is
 * @param kind what is wrong
 * @param detail the offending text, shortened, or an empty string; never a message body
 */
public record MailProblem(MailPosition position, Kind kind, String detail) {

  /** What is wrong. */
  public enum Kind {
    /** The header section has no {@code Name: value} field at all. */
    UNPARSEABLE_HEADER,
    /** No {@code From:} address. */
    NO_FROM,
    /** No usable date in the Date header, the From_ line or a Received header. */
    NO_DATE,
    /** Lines before the first From_ line of a mailbox; {@code detail} gives their count. */
    TEXT_BEFORE_FIRST_MESSAGE,
    /** A file that should hold a message holds none (e.g. an empty .eml, a bad .emlx count). */
    NO_MESSAGE
  }

  static final int MAX_DETAIL = 120;

  public MailProblem {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(kind, "kind");
    detail = shorten(detail == null ? "" : detail.strip());
  }

  private static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
  }
}
