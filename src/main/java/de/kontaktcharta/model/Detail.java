package de.kontaktcharta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a piece of evidence or a signal says in words, kept free of any language: a text key and its
 * values. The report and {@code explain} put it into the user's language.
 *
 * @param key the text key, e.g. {@code exchange.messages}; empty for no detail
 * @param args the values the text names, in order
 */
public record Detail(String key, List<String> args) {

  public static final Detail NONE = new Detail("", List.of());

  public Detail {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A detail with values; numbers and other values are kept as their text. */
  public static Detail of(String key, Object... args) {
    List<String> texts = new ArrayList<>(args.length);
    for (Object arg : args) {
      texts.add(arg == null ? "" : TextFold.clean(String.valueOf(arg)));
    }
    return new Detail(key, texts);
  }

  /**
   * A value that is itself a text of the report's language, e.g. {@code channel.EMAIL}: the report
   * puts it into words like the detail around it.
   */
  public static String label(String key) {
    return LABEL_OPEN + key + "}";
  }

  /** How a value that is a text key starts; see {@link #label}. */
  public static final String LABEL_OPEN = "{label:";

  public boolean isEmpty() {
    return key.isEmpty();
  }
}
