package de.kontaktcharta.bench;

import java.util.Locale;

/**
 * How the messages of a workload are shaped. The standard preset is the workload of the README's
 * Performance section; the others stress what real archives vary in: long bodies, bodies in HTML,
 * and threads where both sides write.
 *
 * @param name how {@code bench/run.sh} names it (a workload {@code large-html} is the large size
 *     with this preset)
 * @param fewestSentences the fewest ordinary sentences in a message body
 * @param moreSentences how many more a body may have (uniformly 0 to this, exclusive)
 * @param htmlShare the share of chat bodies LinkedIn's editor stored as HTML
 * @param twoWayShare the share of one-to-one conversations in which both sides write
 * @param turnShare how often the writer changes from one message to the next in such a thread
 */
record Preset(
    String name,
    int fewestSentences,
    int moreSentences,
    double htmlShare,
    double twoWayShare,
    double turnShare) {

  static final Preset STANDARD = new Preset("standard", 1, 3, 0.06, 0.65, 0.6);

  static Preset of(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "standard":
        return STANDARD;
      case "long":
        // e-mail-like bodies: a few paragraphs instead of a line or two
        return new Preset("long", 4, 12, 0.06, 0.65, 0.6);
      case "html":
        return new Preset("html", 1, 3, 0.6, 0.65, 0.6);
      case "twoway":
        return new Preset("twoway", 1, 3, 0.06, 0.95, 0.8);
      default:
        throw new IllegalArgumentException(
            "unknown preset " + name + " (standard, long, html, twoway)");
    }
  }
}
