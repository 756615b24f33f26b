package de.kontaktcharta.input.file;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.SourceRef;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** An entry of a ZIP archive, streamed from the archive without extracting it. */
public final class ZipEntryFile implements InputFile {

  private final ZipFile zip;
  private final ZipArchiveEntry entry;
  private final String archive;
  private final String entryName;
  private final String name;
  private final ZipLimits limits;

  /**
   * @param entryName the entry's name as read (its bytes in the encoding they turned out to be in)
   */
  public ZipEntryFile(
      ZipFile zip, ZipArchiveEntry entry, String entryName, String archiveName, ZipLimits limits) {
    this.zip = zip;
    this.entry = entry;
    this.entryName = entryName;
    this.archive = SourceRef.printable(archiveName);
    this.name = SourceRef.printable(archiveName + "!" + entryName);
    this.limits = limits;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String archive() {
    return archive;
  }

  @Override
  public String baseName() {
    int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
    return entryName.substring(slash + 1);
  }

  @Override
  public long size() {
    return entry.getSize();
  }

  @Override
  public InputStream open() throws IOException {
    InputStream in = zip.getInputStream(entry);
    if (in == null) {
      throw new IOException(name + ": the entry cannot be read");
    }
    return new Bounded(in, entry.getCompressedSize());
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
