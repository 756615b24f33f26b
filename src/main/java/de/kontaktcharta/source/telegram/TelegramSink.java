package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.Problem;

/** Receives what {@link TelegramReader} finds, in file order; problems are never optional. */
public interface TelegramSink {

  /** The owner from {@code personal_information} (full exports only). */
  default void owner(TelegramOwner owner) {}

  /** A saved contact. */
  default void contact(TelegramContact contact) {}

  /** An entry of Telegram's frequent-contacts ranking. */
  default void frequentContact(TelegramFrequentContact contact) {}

  /** A message or call in a personal chat or group. */
  default void message(TelegramMessage message) {}

  /** Something the user should know about. */
  void problem(Problem problem);
}
