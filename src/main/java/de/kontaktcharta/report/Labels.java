package de.kontaktcharta.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's texts in one language. */
public final class Labels {

  private final ResourceBundle bundle;
  private final String language;

  private Labels(ResourceBundle bundle, String language) {
    this.bundle = bundle;
    this.language = language;
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

  /** The text with {@code {0}}, {@code {1}} … replaced. */
  public String format(String key, Object... args) {
    String text = get(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  public String get(String prefix, Enum<?> value) {
    return get(prefix + "." + value.name());
  }
}
