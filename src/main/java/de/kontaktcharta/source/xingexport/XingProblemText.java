package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;

/**
 * The text of a problem this package's readers found, as a text key of its code. The readers word
 * their findings in English with the values inside; the sentence is passed on as the value of the
 * code's template, so that the code, the place and the rows count stay exact in every language.
 */
final class XingProblemText {

  private XingProblemText() {}

  static Message of(String code, String text) {
    switch (code) {
      case "xing-bad-date":
        return Message.of("problem.xing-bad-date", text);
      case "xing-bad-row":
        return Message.of("problem.xing-bad-row", text);
      case "xing-conversation-with-message":
        return Message.of("problem.xing-conversation-with-message", text);
      case "xing-counterpart-unknown":
        return Message.of("problem.xing-counterpart-unknown", text);
      case "xing-damaged-name":
        return Message.of("problem.xing-damaged-name", text);
      case "xing-duplicate-name":
        return Message.of("problem.xing-duplicate-name", text);
      case "xing-empty-conversation":
        return Message.of("problem.xing-empty-conversation", text);
      case "xing-empty-rows":
        return Message.of("problem.xing-empty-rows", text);
      case "xing-late-participant":
        return Message.of("problem.xing-late-participant", text);
      case "xing-no-conversation":
        return Message.of("problem.xing-no-conversation", text);
      case "xing-no-name":
        return Message.of("problem.xing-no-name", text);
      case "xing-no-sender":
        return Message.of("problem.xing-no-sender", text);
      case "xing-not-csv":
        return Message.of("problem.xing-not-csv", text);
      case "xing-not-understood":
        return Message.of("problem.xing-not-understood", text);
      case "xing-read-failed":
        return Message.of("problem.xing-read-failed", text);
      default:
        return Message.of("problem.xing-other", code, text);
    }
  }
}
