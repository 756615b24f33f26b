package de.kontaktcharta.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One generated person.
 *
 * @param first given name
 * @param last family name, sometimes with credentials after a comma
 * @param company employer, may be empty
 * @param position job title, may be empty
 * @param slug the profile slug as LinkedIn shows it in invitations and messages (raw Unicode)
 * @param email e-mail address, mostly empty as in real exports
 * @param connectedOn when the owner connected, null for people outside the network
 */
record Person(
    String first,
    String last,
    String company,
    String position,
    String slug,
    String email,
    LocalDate connectedOn) {

  String name() {
    return first + " " + last;
  }

  /** The profile URL as invitations and messages write it: the raw Unicode slug. */
  String rawUrl() {
    return "https://www.linkedin.com/in/" + slug;
  }

  /** The profile URL as Connections.csv writes it: non-ASCII percent-encoded, upper-case hex. */
  String encodedUrl() {
    return "https://www.linkedin.com/in/" + percentEncode(slug);
  }

  boolean connected() {
    return connectedOn != null;
  }

  static String percentEncode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
