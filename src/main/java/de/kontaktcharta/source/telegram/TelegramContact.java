package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact from the owner's Telegram address book: the best link from a chat's user id to a phone
 * number.
 *
 * @param userId the contact's user id; empty when the contact has no Telegram account
 * @param firstName first name as the owner saved it
 * @param lastName last name as the owner saved it
 * @param phone the phone number as Telegram formats it; may be empty
 * @param addedAt when the contact was added; null when unknown
 * @param source file and line
 */
public record TelegramContact(
    String userId,
    String firstName,
    String lastName,
    String phone,
    Instant addedAt,
    SourceRef source) {

  public TelegramContact {
    userId = userId == null ? "" : userId;
    firstName = firstName == null ? "" : firstName;
    lastName = lastName == null ? "" : lastName;
    phone = phone == null ? "" : phone;
    Objects.requireNonNull(source, "source");
  }
}
