package de.kontaktcharta.input.file;

import de.kontaktcharta.model.Message;

/** An archive entry broke the size or ratio limits while it was read. */
public final class ZipLimitException extends InputException {

  private static final long serialVersionUID = 1L;

  public ZipLimitException(Message message) {
    super(message);
  }
}
