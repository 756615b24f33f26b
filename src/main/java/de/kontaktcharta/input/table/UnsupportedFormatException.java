package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.model.Message;

/**
 * The file is of a kind the tool does not read (a Word document, an .xlsb workbook, a
 * password-protected workbook); the message says what it is and what to do instead.
 */
public final class UnsupportedFormatException extends InputException {

  private static final long serialVersionUID = 1L;

  UnsupportedFormatException(Message message) {
    super(message);
  }

  UnsupportedFormatException(Message message, Throwable cause) {
    super(message, cause);
  }
}
