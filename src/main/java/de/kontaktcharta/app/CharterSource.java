package de.kontaktcharta.app;

import de.kontaktcharta.charter.CharterException;
import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.model.Charter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the charter a run uses: the user's file, or the embedded default. */
public final class CharterSource {

  /** The largest charter file read: the built-in one has 12 KB. */
  static final int MAX_BYTES = 1 << 20;

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
      text = read(file);
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

  /**
   * The file's text, read only up to the size limit: a charter is a short text file, and a huge or
   * endless one (a device, a pipe) must end as a charter error, not as a run out of memory.
   */
  private static String read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("a folder, not a charter file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException(
          "larger than "
              + MAX_BYTES / 1024
              + " KB; a charter is a short text file (see 'charta init')");
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "file not found";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The text of the default charter, for {@code charta init}. */
  public String defaultText() {
    return loader.defaultText();
  }
}
