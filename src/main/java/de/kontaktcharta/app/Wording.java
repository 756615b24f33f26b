package de.kontaktcharta.app;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.report.Labels;
import de.kontaktcharta.report.Texts;
import java.util.Set;

/**
 * The texts of the command line in the user's language ({@code --lang}): the summary a run prints,
 * its progress, the lines of {@code check} and {@code explain}, and every problem and error.
 */
public final class Wording {

  /** The languages the product speaks. */
  public static final Set<String> LANGUAGES = Set.of("de", "en");

  private final Labels labels;

  private Wording(Labels labels) {
    this.labels = labels;
  }

  /** The wording of {@code de} or {@code en}. */
  public static Wording of(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no texts for language " + language);
    }
    return new Wording(Labels.of(language));
  }

  public String language() {
    return labels.language();
  }

  /** The text of a key, e.g. {@code terminal.contacts}, with its values put in. */
  public String format(String key, Object... args) {
    return labels.text(Message.of(key, args));
  }

  public String text(Message message) {
    return labels.text(message);
  }

  /** A problem as a compiler-style line: {@code file:line: Fehler: text}. */
  public String line(Problem p) {
    return Texts.source(labels, p.source())
        + ": "
        + labels.get("severity.line", p.severity())
        + ": "
        + text(p.message());
  }

  /** An input's format ("UTF-8, delimiter ';', header in line 1") in this language. */
  public String inputFormat(String readersFormat) {
    return Texts.inputFormat(labels, readersFormat);
  }

  /** A value a reader takes ("first name"), in words of this language where it has some. */
  public String field(String name) {
    String key = "field." + name.replace(' ', '_');
    return labels.has(key) ? labels.get(key) : name;
  }

  /**
   * Where a value comes from, as a reader names it: a header or property name as written, or for a
   * source without columns (a mailbox, a chat) the key of a description in words.
   */
  public String columnSource(String column) {
    return column.indexOf('.') > 0 && labels.has(column) ? labels.get(column) : column;
  }

  Labels labels() {
    return labels;
  }
}
