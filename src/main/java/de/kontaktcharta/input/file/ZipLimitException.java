package de.kontaktcharta.input.file;

import java.io.IOException;

/** An archive entry broke the size or ratio limits while it was read. */
public final class ZipLimitException extends IOException {

  private static final long serialVersionUID = 1L;

  public ZipLimitException(String message) {
    super(message);
  }
}
