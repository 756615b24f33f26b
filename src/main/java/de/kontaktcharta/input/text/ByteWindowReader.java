package de.kontaktcharta.input.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A reader that decodes the bytes itself, from a window over the stream: the JDK's decoders replace
 * what they cannot read, while a file that mixes UTF-8 and Windows-1252 must be read byte sequence
 * by byte sequence, looking a few bytes ahead.
 */
abstract class ByteWindowReader extends Reader implements MixedText {

  private final InputStream in;
  final byte[] buf = new byte[64 * 1024];
  int pos;
  int limit;
  boolean eof;

  ByteWindowReader(InputStream in) {
    this.in = in;
  }

  /** Makes at least {@code ahead} bytes from {@code pos} on available, unless the stream ends. */
  final void lookAhead(int ahead) throws IOException {
    if (limit - pos >= ahead || eof) {
      return;
    }
    int remaining = limit - pos;
    System.arraycopy(buf, pos, buf, 0, remaining);
    pos = 0;
    limit = remaining;
    while (limit < buf.length) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
        return;
      }
      limit += r;
      if (limit >= ahead) {
        return;
      }
    }
  }

  @Override
  public final void close() throws IOException {
    in.close();
  }
}
