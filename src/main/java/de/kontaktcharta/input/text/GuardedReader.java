package de.kontaktcharta.input.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current record began and fails when one record grows beyond
 * a bound, so that an unbalanced quote or a 50 MB line cannot fill the heap. It also notes whether
 * any control character other than tab and line breaks has passed: until one has, no record read so
 * far can hold one, and the values need not be searched for them.
 */
public final class GuardedReader extends FilterReader implements ControlWatching {

  /** Thrown when a record is too long; the parser is then restarted after the record's line. */
  public static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    public RecordTooLongException(long limit) {
      super("record longer than " + limit + " characters (an unbalanced quote or an endless line)");
    }
  }

  private final long limit;
  private final ControlWatching decoder;
  private long sinceRecordStart;
  private boolean controls;

  /** A guard that searches what passes it for control characters itself. */
  public GuardedReader(Reader in, long limit) {
    this(in, limit, null);
  }

  /**
   * A guard over a reader that reads from {@code decoder}, which notes control characters while it
   * decodes: what passes here is not searched again (one pass less over a large file's text). The
   * decoder may be ahead of this reader, so a control character is noted a little early, which only
   * means that a few records more are searched for one.
   */
  public GuardedReader(Reader in, long limit, ControlWatching decoder) {
    super(in);
    this.limit = limit;
    this.decoder = decoder;
  }

  public void startRecord() {
    sinceRecordStart = 0;
  }

  /** True once a control character other than tab, CR and LF has been read. */
  @Override
  public boolean sawControls() {
    return decoder == null ? controls : decoder.sawControls();
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
      controls |= decoder == null && isControl((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
      for (int i = offset; i < offset + n && decoder == null && !controls; i++) {
        controls = isControl(buffer[i]);
      }
    }
    return n;
  }

  /** A control character other than tab and the line breaks. */
  public static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  private void count(int n) throws IOException {
    sinceRecordStart += n;
    if (sinceRecordStart > limit) {
      throw new RecordTooLongException(limit);
    }
  }
}
