package de.kontaktcharta.source.whatsapp;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message or system line of a chat.
 *
 * @param line 1-based line number of its first line in the file
 * @param time when it was sent, in the exporting phone's local time: WhatsApp writes no zone
 * @param author the author as written (a saved name, or a phone number such as {@code +49 171
 *     1234567} with the no-break spaces WhatsApp puts inside), without direction marks; an empty
 *     string for system lines
 * @param kind what it is
 * @param lines how many lines it spans (more than one for multi-line messages)
 */
public record ChatMessage(int line, LocalDateTime time, String author, Kind kind, int lines) {

  /** What a line is. Everything but {@link #SYSTEM} was sent by its author. */
  public enum Kind {
    /** Text written by the author. */
    TEXT,
    /** A photo, video, voice message, document, sticker or contact card (or its placeholder). */
    MEDIA,
    /** A message its author deleted: it was still sent. */
    DELETED,
    /** A call the author started (iOS lists calls; Android does not). */
    CALL,
    /** WhatsApp's own line: encryption notice, group events, number changes. */
    SYSTEM
  }

  public ChatMessage {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(kind, "kind");
    if (line < 1 || lines < 1) {
      throw new IllegalArgumentException("line " + line + ", lines " + lines);
    }
  }

  /** True for WhatsApp's own lines. */
  public boolean system() {
    return kind == Kind.SYSTEM;
  }

  /** True when a person sent it: text, media, deleted messages and calls all count. */
  public boolean sentByAuthor() {
    return kind != Kind.SYSTEM;
  }
}
