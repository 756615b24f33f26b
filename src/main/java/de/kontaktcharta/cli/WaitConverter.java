package de.kontaktcharta.cli;

import de.kontaktcharta.model.Message;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** {@code --wait}: minutes, or a number with a unit: {@code 30s}, {@code 10m}, {@code 1h}. */
final class WaitConverter implements ITypeConverter<Duration> {

  private static final Pattern WAIT = Pattern.compile("(\\d{1,6})\\s*(s|sec|m|min|h)?");

  @Override
  public Duration convert(String value) {
    Matcher m = WAIT.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new WordedConversion(Message.of("error.option.wait", value));
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "m" : m.group(2);
    return switch (unit) {
      case "s", "sec" -> Duration.ofSeconds(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofMinutes(amount);
    };
  }
}
