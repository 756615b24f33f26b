package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import picocli.CommandLine.TypeConversionException;

/** An option value that cannot be converted, with the reason in words of either language. */
final class WordedConversion extends TypeConversionException {

  private static final long serialVersionUID = 1L;

  private final transient Message message;

  WordedConversion(Message message) {
    super(Wording.of("en").text(message));
    this.message = message;
  }

  Message message() {
    return message;
  }
}
