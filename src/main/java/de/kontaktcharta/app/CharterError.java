package de.kontaktcharta.app;

import java.util.List;

/** The charter file is invalid; one line per error, each {@code file:line: error: message}. */
public final class CharterError extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> lines;

  public CharterError(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  public List<String> lines() {
    return lines;
  }
}
