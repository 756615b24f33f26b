package de.kontaktcharta.source.mail;

import java.util.Objects;

/**
 * Where a message is: enough to find it again in its file without quoting it.
 *
 * @param file display name of the mailbox or message file
 * @param number 1-based number of the message in the file (always 1 for a single message file)
 * @param offset byte offset of the message's first line (the From_ line of an mbox message; 0 for a
 *     single message file)
 * @param line 1-based line number of that first line
 */
public record MailPosition(String file, long number, long offset, long line) {

  public MailPosition {
    Objects.requireNonNull(file, "file");
    if (number < 1 || offset < 0 || line < 1) {
      throw new IllegalArgumentException(
          "invalid position: number " + number + ", offset " + offset + ", line " + line);
    }
  }

  @Override
  public String toString() {
    return file + " #" + number + " (byte " + offset + ", line " + line + ")";
  }
}
