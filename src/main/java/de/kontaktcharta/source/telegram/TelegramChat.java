package de.kontaktcharta.source.telegram;

import java.util.Objects;

/**
 * A chat as the export names it.
 *
 * @param id the chat's id: in a personal chat the other person's user id
 * @param name the name the owner sees for the chat (for people: as saved in the owner's contacts);
 *     empty for saved messages
 * @param type what kind of chat
 */
public record TelegramChat(String id, String name, Type type) {

  /** Telegram's chat types, with what they mean for exchange. */
  public enum Type {
    PERSONAL_CHAT,
    BOT_CHAT,
    SAVED_MESSAGES,
    REPLIES,
    PRIVATE_GROUP,
    PRIVATE_SUPERGROUP,
    PUBLIC_SUPERGROUP,
    PRIVATE_CHANNEL,
    PUBLIC_CHANNEL,
    /** A type this tool does not know (a newer Telegram); its messages are not used. */
    UNKNOWN;

    /** The type for Telegram's name, e.g. {@code personal_chat}. */
    static Type of(String name) {
      for (Type t : values()) {
        if (t.name().equalsIgnoreCase(name)) {
          return t;
        }
      }
      return UNKNOWN;
    }

    /** A conversation between the owner and one other person. */
    public boolean oneToOne() {
      return this == PERSONAL_CHAT;
    }

    /** A group where people talk; group messages never count toward an exchange threshold. */
    public boolean group() {
      return this == PRIVATE_GROUP || this == PRIVATE_SUPERGROUP || this == PUBLIC_SUPERGROUP;
    }

    /** Whether messages of such chats say anything about exchange between people. */
    public boolean evidence() {
      return oneToOne() || group();
    }
  }

  public TelegramChat {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    Objects.requireNonNull(type, "type");
  }
}
