package de.kontaktcharta.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The names of ZIP entries. ZIP programs write names in UTF-8 and say so with a flag, or in the old
 * DOS code page (437, whose umlauts lie at 0x81–0x9A), or in the Windows code page 1252; some set
 * the flag for names that are not UTF-8 at all. A name is read as UTF-8 when its bytes are UTF-8,
 * else in whichever old code page its bytes fit.
 */
final class EntryNames {

  private static final Charset DOS = Charset.forName("IBM437");
  private static final Charset WINDOWS = Charset.forName("windows-1252");

  /**
   * A name as read.
   *
   * @param text the name
   * @param fallback true when the entry claimed UTF-8 but its bytes were not
   */
  record Name(String text, boolean fallback) {}

  private EntryNames() {}

  static Name of(ZipArchiveEntry entry) {
    if (entry.getNameSource() == ZipArchiveEntry.NameSource.UNICODE_EXTRA_FIELD) {
      // the Unicode path field some programs add beside a name in the old code page
      return new Name(entry.getName(), false);
    }
    byte[] raw = entry.getRawName();
    if (raw == null) {
      return new Name(entry.getName(), false);
    }
    try {
      String utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
      return new Name(utf8, false);
    } catch (CharacterCodingException e) {
      boolean claimed = entry.getGeneralPurposeBit().usesUTF8ForNames();
      return new Name(legacy(raw), claimed);
    }
  }

  /** The name in the DOS code page when it has bytes only that one uses for letters, else 1252. */
  static String legacy(byte[] raw) {
    for (byte b : raw) {
      int v = b & 0xff;
      // 0x80–0x9F are DOS's accented letters but mostly unused or punctuation in 1252
      if (v >= 0x80 && v <= 0x9f) {
        return new String(raw, DOS);
      }
    }
    return new String(raw, WINDOWS);
  }
}
