package de.kontaktcharta.testing;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.report.Labels;

/** Messages in English, as {@code --lang en} shows them: for tests that check what a text says. */
public final class English {

  private static final Labels LABELS = Labels.of("en");

  private English() {}

  public static String text(Message message) {
    return LABELS.text(message);
  }

  public static String text(Problem problem) {
    return LABELS.text(problem.message());
  }
}
