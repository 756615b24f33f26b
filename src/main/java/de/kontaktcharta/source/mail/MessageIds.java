package de.kontaktcharta.source.mail;

import java.util.ArrayList;
import java.util.List;

/** The ids of {@code Message-ID}, {@code In-Reply-To} and {@code References}. */
final class MessageIds {

  private MessageIds() {}

  /**
   * Every {@code <id>} in the value, without brackets; a value without brackets (written by some
   * old programs) is taken as one id up to the first white space.
   */
  static List<String> all(String value) {
    List<String> ids = new ArrayList<>();
    int open = value.indexOf('<');
    while (open >= 0) {
      int close = value.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      String id = value.substring(open + 1, close).strip();
      if (!id.isEmpty()) {
        ids.add(id);
      }
      open = value.indexOf('<', close + 1);
    }
    if (ids.isEmpty() && !value.isBlank()) {
      ids.add(value.strip().split("\\s+", 2)[0]);
    }
    return ids;
  }
}
