package de.kontaktcharta.source.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises a WhatsApp chat export by its first lines, never by its name: one of the first few
 * non-blank lines must be a dated chat line, and every dated-looking line among the next ones must
 * have the same layout.
 */
public final class ChatDetector {

  /** How many bytes callers should pass at least. */
  public static final int HEAD_BYTES = 4 * 1024;

  private static final int LINES_LOOKED_AT = 20;

  /**
   * Lines of text a chat may have above its first message (a note someone typed in, a title an
   * editor added); the reader reports them. More make the file some other text.
   */
  private static final int LEADING_TEXT_LINES = 3;

  private ChatDetector() {}

  /** The layout of a chat starting with these bytes, or empty when it is no chat export. */
  public static Optional<ChatFormat> detect(byte[] head, int length) {
    TextLines lines =
        new TextLines(
            new InputStreamReader(
                new ByteArrayInputStream(head, 0, length), StandardCharsets.UTF_8));
    try {
      String line = lines.next();
      Stamp first = null;
      int undated = 0;
      while (line != null && first == null && undated <= LEADING_TEXT_LINES) {
        if (!strip(line).isBlank()) {
          first = Stamp.parse(strip(line), null);
          undated += first == null ? 1 : 0;
        }
        line = first == null ? lines.next() : line;
      }
      if (first == null) {
        return Optional.empty();
      }
      return allDatedLinesAgree(lines, first.format())
          ? Optional.of(first.format())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A chat keeps one layout; a file whose later lines are dated in another layout is some other
   * log.
   */
  private static boolean allDatedLinesAgree(TextLines lines, ChatFormat format) throws IOException {
    String line;
    int seen = 0;
    while ((line = lines.next()) != null && seen++ < LINES_LOOKED_AT) {
      Stamp stamp = Stamp.parse(line, null);
      if (stamp != null && stamp.format() != format) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String line) {
    return line.startsWith("\ufeff") ? line.substring(1) : line;
  }
}
