package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.Message;

/**
 * The text of a problem this package's readers found, as a text key of its code. The readers word
 * their findings in English with the values inside; the sentence is passed on as the value of the
 * code's template, so that the code, the place and the rows count stay exact in every language.
 */
final class MastodonProblemText {

  private MastodonProblemText() {}

  static Message of(String code, String text) {
    switch (code) {
      case "mastodon-bad-date":
        return Message.of("problem.mastodon-bad-date", text);
      case "mastodon-damaged-file":
        return Message.of("problem.mastodon-damaged-file", text);
      case "mastodon-no-items":
        return Message.of("problem.mastodon-no-items", text);
      case "mastodon-no-object":
        return Message.of("problem.mastodon-no-object", text);
      case "mastodon-no-owner":
        return Message.of("problem.mastodon-no-owner", text);
      case "mastodon-reply-target-unknown":
        return Message.of("problem.mastodon-reply-target-unknown", text);
      case "mastodon-unexpected-content":
        return Message.of("problem.mastodon-unexpected-content", text);
      default:
        return Message.of("problem.mastodon-other", code, text);
    }
  }
}
