package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.Message;

/**
 * The text of a problem this package's readers found, as a text key of its code. The readers word
 * their findings in English with the values inside; the sentence is passed on as the value of the
 * code's template, so that the code, the place and the rows count stay exact in every language.
 */
final class MetaProblemText {

  private MetaProblemText() {}

  static Message of(String code, String text) {
    switch (code) {
      case "meta-bad-timestamp":
        return Message.of("problem.meta-bad-timestamp", text);
      case "meta-broken-json":
        return Message.of("problem.meta-broken-json", text);
      case "meta-late-participant":
        return Message.of("problem.meta-late-participant", text);
      case "meta-no-messages":
        return Message.of("problem.meta-no-messages", text);
      case "meta-no-owner":
        return Message.of("problem.meta-no-owner", text);
      case "meta-no-sender":
        return Message.of("problem.meta-no-sender", text);
      case "meta-not-a-thread":
        return Message.of("problem.meta-not-a-thread", text);
      case "meta-seconds":
        return Message.of("problem.meta-seconds", text);
      case "meta-wrong-type":
        return Message.of("problem.meta-wrong-type", text);
      default:
        return Message.of("problem.meta-other", code, text);
    }
  }
}
