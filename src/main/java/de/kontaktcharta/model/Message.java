package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A text in no particular language: the key of its template among the product's texts ({@code
 * labels_de/en.properties}) and the values the template names. The report, the terminal and {@code
 * explain} put it into the user's language.
 *
 * <p>A value is kept as a text, a whole number (shown with the language's digit grouping), a date
 * (shown in the language's form) or a message of its own (why a file is not read, inside "not read:
 * …"). Line numbers and years are passed as text, so that they are never grouped.
 *
 * <p>To convert a call that still passes a code and an English sentence, {@code Problem.note(at,
 * severity, "my-code", "English " + value + " text")}: write {@code Problem.note(at, severity,
 * Message.of("problem.my-code", value))}, with the key written out in full as a literal, and add
 * {@code problem.my-code=English {0} text} to {@code labels_en.properties} and the German sentence
 * with the same placeholders to {@code labels_de.properties}. One key per wording ({@code
 * problem.my-code.variant}); never a key put together at run time. {@code docs/design.md} has the
 * details.
 *
 * @param key the template's key, written out in full where the message is made, e.g. {@code
 *     problem.bad-date.kept}, so that a test finds every key in the compiled classes
 * @param args the values, in the order of the template's {@code {0}}, {@code {1}} …
 */
public record Message(String key, List<Object> args) {

  /** No message: an empty text in every language. */
  public static final Message NONE = new Message("", List.of());

  public Message {
    Objects.requireNonNull(key, "key");
    List<Object> values = new ArrayList<>(args.size());
    for (Object arg : args) {
      values.add(value(arg));
    }
    args = Collections.unmodifiableList(values);
  }

  /** A message with values; see the class comment for what a value may be. */
  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  private static Object value(Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Message || arg instanceof LocalDate || arg instanceof Long) {
      return arg;
    }
    if (arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
      return ((Number) arg).longValue();
    }
    return TextFold.clean(String.valueOf(arg));
  }

  public boolean isEmpty() {
    return key.isEmpty();
  }

  /** The key and values, in no language: for logs and test failures, never for users. */
  @Override
  public String toString() {
    return args.isEmpty()
        ? key
        : key + args.stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]"));
  }
}
