package de.kontaktcharta.report;

import de.kontaktcharta.model.Message;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The product's texts in one language: the report's, the terminal's and every message's. */
public final class Labels {

  private final ResourceBundle bundle;
  private final String language;
  private final Locale locale;
  private final DateTimeFormatter dates;

  private Labels(ResourceBundle bundle, String language) {
    this.bundle = bundle;
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.dates = DateTimeFormatter.ofPattern(language.equals("de") ? "dd.MM.yyyy" : "yyyy-MM-dd");
  }

  /** The labels for {@code de} or {@code en}. */
  public static Labels of(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "de.kontaktcharta.report.labels",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(bundle, language);
  }

  public String language() {
    return language;
  }

  /** The text for a key; a missing key shows as the key itself rather than failing a run. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** True when the key has a text in this language. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text with {@code {0}}, {@code {1}} … replaced by the values as they are written. */
  public String format(String key, Object... args) {
    return fill(get(key), List.of(args));
  }

  public String get(String prefix, Enum<?> value) {
    return get(prefix + "." + value.name());
  }

  /**
   * A message in this language: its template with the values put in, numbers grouped and dates
   * written as the language writes them, messages among the values in words of their own.
   */
  public String text(Message message) {
    return message.isEmpty() ? "" : fill(get(message.key()), message.args());
  }

  /** A number as the language writes it: 1.048.576 or 1,048,576. */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A date as the report writes it: 25.11.2026 or 2026-11-25. */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /**
   * Puts the values into the template in one pass, so that a value that itself holds "{1}" (a file
   * name, a cell's text) is never taken for a placeholder.
   */
  private String fill(String template, List<?> args) {
    if (args.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(template, i + 1, close)) {
        int index = Integer.parseInt(template.substring(i + 1, close));
        if (index < args.size()) {
          out.append(value(args.get(index)));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isIndex(String text, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private String value(Object arg) {
    if (arg instanceof Message m) {
      return text(m);
    }
    if (arg instanceof Long n) {
      return number(n);
    }
    if (arg instanceof LocalDate d) {
      return date(d);
    }
    return String.valueOf(arg);
  }
}
