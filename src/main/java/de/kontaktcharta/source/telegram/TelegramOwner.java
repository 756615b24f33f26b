package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * The owner of the export, from {@code personal_information}.
 *
 * @param userId the owner's user id
 * @param firstName first name as set in Telegram
 * @param lastName last name; may be empty
 * @param phone the phone number as Telegram formats it, e.g. {@code +49 151 23456789}
 * @param username the public username with {@code @}; may be empty
 * @param source file and line
 */
public record TelegramOwner(
    String userId,
    String firstName,
    String lastName,
    String phone,
    String username,
    SourceRef source) {

  public TelegramOwner {
    Objects.requireNonNull(userId, "userId");
    firstName = firstName == null ? "" : firstName;
    lastName = lastName == null ? "" : lastName;
    phone = phone == null ? "" : phone;
    username = username == null ? "" : username;
    Objects.requireNonNull(source, "source");
  }
}
