package de.kontaktcharta.model;

import java.util.Locale;
import java.util.Optional;

/** A decision the user records in the review columns of a report. */
public enum Decision {
  KEEP,
  REMOVE,
  FOLLOW_ONLY,
  ACCEPT,
  DECLINE;

  /** Parses a code case-insensitively, also with spaces or hyphens instead of underscores. */
  public static Optional<Decision> parse(String text) {
    String code = TextFold.clean(text).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Decision d : values()) {
      if (d.name().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
