package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * An entry of Telegram's own "frequent contacts" ranking: a hint of intensity, not an exchange.
 *
 * @param id the peer's id
 * @param category {@code people}, {@code inline_bots} or {@code calls}
 * @param type {@code user}, or a group or channel type
 * @param name the peer's name; may be empty
 * @param rating Telegram's rating, higher is more frequent
 * @param source file and line
 */
public record TelegramFrequentContact(
    String id, String category, String type, String name, double rating, SourceRef source) {

  public TelegramFrequentContact {
    Objects.requireNonNull(id, "id");
    category = category == null ? "" : category;
    type = type == null ? "" : type;
    name = name == null ? "" : name;
    Objects.requireNonNull(source, "source");
  }
}
