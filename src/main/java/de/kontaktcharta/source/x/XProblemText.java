package de.kontaktcharta.source.x;

import de.kontaktcharta.model.Message;

/**
 * The text of a problem this package's readers found, as a text key of its code. The readers word
 * their findings in English with the values inside; the sentence is passed on as the value of the
 * code's template, so that the code, the place and the rows count stay exact in every language.
 */
final class XProblemText {

  private XProblemText() {}

  static Message of(String code, String text) {
    switch (code) {
      case "x-bad-date":
        return Message.of("problem.x-bad-date", text);
      case "x-bad-id":
        return Message.of("problem.x-bad-id", text);
      case "x-bad-message":
        return Message.of("problem.x-bad-message", text);
      case "x-count-differs":
        return Message.of("problem.x-count-differs", text);
      case "x-damaged-file":
        return Message.of("problem.x-damaged-file", text);
      case "x-long-group":
        return Message.of("problem.x-long-group", text);
      case "x-missing-part":
        return Message.of("problem.x-missing-part", text);
      case "x-no-account-id":
        return Message.of("problem.x-no-account-id", text);
      case "x-no-direct-messages":
        return Message.of("problem.x-no-direct-messages", text);
      case "x-no-owner":
        return Message.of("problem.x-no-owner", text);
      case "x-not-archive-file":
        return Message.of("problem.x-not-archive-file", text);
      case "x-old-tweet-archive":
        return Message.of("problem.x-old-tweet-archive", text);
      case "x-partial-archive":
        return Message.of("problem.x-partial-archive", text);
      case "x-unexpected-content":
        return Message.of("problem.x-unexpected-content", text);
      case "x-unknown-entry":
        return Message.of("problem.x-unknown-entry", text);
      default:
        return Message.of("problem.x-other", code, text);
    }
  }
}
