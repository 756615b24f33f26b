package de.kontaktcharta.input.table;

import java.io.IOException;

/**
 * The file is of a kind the tool does not read (a Word document, an .xlsb workbook, a
 * password-protected workbook); the message says what it is and what to do instead.
 */
public final class UnsupportedFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  UnsupportedFormatException(String message) {
    super(message);
  }

  UnsupportedFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
