package de.kontaktcharta.app;

import de.kontaktcharta.charter.CharterException;
import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.model.Charter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the charter a run uses: the user's file, or the embedded default. */
public final class CharterSource {

  private final CharterLoader loader = new CharterLoader();

  /** A loaded charter and its file's name; empty for the built-in default. */
  public record Loaded(Charter charter, String name) {}

  /**
   * Loads the charter.
   *
   * @param file the user's charter file, or null for the embedded default
   * @throws CharterError when the file is invalid (with line numbers) or cannot be read
   */
  public Loaded load(Path file) throws CharterError {
    if (file == null) {
      return new Loaded(loader.loadDefault(), "");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CharterError(
          List.of(file + ": error: cannot read the charter file: " + describe(e)));
    }
    try {
      return new Loaded(loader.parse(file.toString(), text), file.toString());
    } catch (CharterException e) {
      throw new CharterError(e.diagnostics().stream().map(Object::toString).toList());
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "file not found";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.MalformedInputException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The text of the default charter, for {@code charta init}. */
  public String defaultText() {
    return loader.defaultText();
  }
}
