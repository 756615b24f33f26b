package de.kontaktcharta.source.whatsapp;

import java.util.Objects;

/**
 * The file a chat comes from.
 *
 * @param file display name used in every position, e.g. {@code WhatsApp Chat - Erika.zip!_chat.txt}
 * @param title the chat's title (the contact's or group's name as saved on the exporting phone),
 *     taken from the file name; null when the name does not carry it ({@code _chat.txt})
 */
public record ChatSource(String file, String title) {

  public ChatSource {
    Objects.requireNonNull(file, "file");
    title = title == null || title.isBlank() ? null : title;
  }

  /** A chat file; the title comes from its name. */
  public static ChatSource of(String fileName) {
    return new ChatSource(fileName, ChatTitle.fromFileName(fileName));
  }
}
