package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.Message;

/**
 * The text of a problem this package's readers found, as a text key of its code. The readers word
 * their findings in English with the values inside; the sentence is passed on as the value of the
 * code's template, so that the code, the place and the rows count stay exact in every language.
 */
final class TelegramProblemText {

  private TelegramProblemText() {}

  static Message of(String code, String text) {
    switch (code) {
      case "telegram-bad-date":
        return Message.of("problem.telegram-bad-date", text);
      case "telegram-broken-message":
        return Message.of("problem.telegram-broken-message", text);
      case "telegram-damaged-file":
        return Message.of("problem.telegram-damaged-file", text);
      case "telegram-empty-contact":
        return Message.of("problem.telegram-empty-contact", text);
      case "telegram-html-export":
        return Message.of("problem.telegram-html-export", text);
      case "telegram-local-times":
        return Message.of("problem.telegram-local-times", text);
      case "telegram-no-id":
        return Message.of("problem.telegram-no-id", text);
      case "telegram-no-owner":
        return Message.of("problem.telegram-no-owner", text);
      case "telegram-no-sender":
        return Message.of("problem.telegram-no-sender", text);
      case "telegram-repaired-escapes":
        return Message.of("problem.telegram-repaired-escapes", text);
      case "telegram-repaired-values":
        return Message.of("problem.telegram-repaired-values", text);
      case "telegram-unexpected-content":
        return Message.of("problem.telegram-unexpected-content", text);
      case "telegram-unknown-chat-type":
        return Message.of("problem.telegram-unknown-chat-type", text);
      case "telegram-unknown-message-type":
        return Message.of("problem.telegram-unknown-message-type", text);
      case "telegram-unsupported-message":
        return Message.of("problem.telegram-unsupported-message", text);
      default:
        return Message.of("problem.telegram-other", code, text);
    }
  }
}
