package de.kontaktcharta.testing;

import de.kontaktcharta.input.file.InputFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * An input whose content is generated while it is read: a head, a long run of one byte, a tail. It
 * gives a 10 MB line without writing 10 MB to disk.
 */
public final class GeneratedFile implements InputFile {

  private final String name;
  private final byte[] head;
  private final long repeat;
  private final byte filler;
  private final byte[] tail;

  public GeneratedFile(String name, String head, long repeat, char filler, String tail) {
    this.name = name;
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.repeat = repeat;
    this.filler = (byte) filler;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String baseName() {
    return name;
  }

  @Override
  public long size() {
    return head.length + repeat + tail.length;
  }

  @Override
  public InputStream open() {
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(head),
                new Repeated(repeat, filler),
                new ByteArrayInputStream(tail))));
  }

  /** The same byte, a given number of times. */
  private static final class Repeated extends InputStream {
    private long left;
    private final byte value;

    Repeated(long count, byte value) {
      this.left = count;
      this.value = value;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return value & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, value);
      left -= n;
      return n;
    }
  }
}
