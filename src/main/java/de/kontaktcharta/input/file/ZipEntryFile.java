package de.kontaktcharta.input.file;

import de.kontaktcharta.model.Message;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An entry of a ZIP archive, streamed from the archive without extracting it. */
public final class ZipEntryFile implements InputFile {

  private final ZipFile zip;
  private final ZipEntry entry;
  private final String name;
  private final ZipLimits limits;

  public ZipEntryFile(ZipFile zip, ZipEntry entry, String archiveName, ZipLimits limits) {
    this.zip = zip;
    this.entry = entry;
    this.name = archiveName + "!" + entry.getName();
    this.limits = limits;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String baseName() {
    String entryName = entry.getName();
    int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
    return entryName.substring(slash + 1);
  }

  @Override
  public long size() {
    return entry.getSize();
  }

  @Override
  public InputStream open() throws IOException {
    return new Bounded(zip.getInputStream(entry), entry.getCompressedSize());
  }

  /** Stops reading when the entry expands beyond the limits, whatever its header claims. */
  private final class Bounded extends FilterInputStream {
    private final long compressed;
    private long count;

    Bounded(InputStream in, long compressed) {
      super(in);
      this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > limits.maxEntryBytes()) {
        throw new ZipLimitException(
            Message.of("cause.archive-limit.size", name, limits.maxEntryBytes()));
      }
      if (compressed > 0
          && count > ZipLimits.RATIO_GRACE_BYTES
          && count / compressed > limits.maxRatio()) {
        throw new ZipLimitException(
            Message.of("cause.archive-limit.ratio", name, limits.maxRatio()));
      }
    }
  }
}
