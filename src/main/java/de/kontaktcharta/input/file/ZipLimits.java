package de.kontaktcharta.input.file;

/**
 * Bounds for reading archive entries in place, so that a crafted archive (a "ZIP bomb") cannot
 * exhaust memory or disk time.
 *
 * @param maxEntryBytes the most an entry may expand to
 * @param maxRatio the most an entry may expand relative to its compressed size
 * @param maxEntries the most entries an archive may have
 */
public record ZipLimits(long maxEntryBytes, long maxRatio, int maxEntries) {

  /** Generous for real exports (a heavy user's messages.csv is a few hundred MB). */
  public static final ZipLimits DEFAULT = new ZipLimits(4L << 30, 200, 10_000);

  /** Ratios are only checked past this size; small, highly repetitive files are normal. */
  static final long RATIO_GRACE_BYTES = 1L << 20;
}
