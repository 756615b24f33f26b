package de.kontaktcharta.cli;

import de.kontaktcharta.model.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --today} as an ISO date within the years a contact network can have: windows and
 * ages computed from a date far outside them mean nothing, and the report could not show it.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new WordedConversion(Message.of("error.option.date-form", value));
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new WordedConversion(
          Message.of("error.option.date-range", value, EARLIEST.toString(), LATEST.toString()));
    }
    return date;
  }
}
