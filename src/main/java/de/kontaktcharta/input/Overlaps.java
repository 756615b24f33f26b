package de.kontaktcharta.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Entries of a ZIP archive whose bytes overlap. Real archives store every entry once, one after the
 * other; a crafted one points thousands of directory records at one packed entry, so that a small
 * file unpacks to gigabytes while each entry on its own stays within every limit.
 */
final class Overlaps {

  private Overlaps() {}

  /** The entries that share bytes with another entry, from local header to end of data. */
  static Set<ZipArchiveEntry> of(List<ZipArchiveEntry> entries) {
    List<ZipArchiveEntry> byStart = new ArrayList<>(entries);
    byStart.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
    Set<ZipArchiveEntry> overlapping = new HashSet<>();
    ZipArchiveEntry reaching = null;
    long reach = -1;
    for (ZipArchiveEntry entry : byStart) {
      if (reaching != null && entry.getLocalHeaderOffset() < reach) {
        overlapping.add(entry);
        overlapping.add(reaching);
      }
      long end = end(entry);
      if (end > reach) {
        reach = end;
        reaching = entry;
      }
    }
    return overlapping;
  }

  /** Where the entry's packed data ends; its start when that is not known. */
  private static long end(ZipArchiveEntry entry) {
    long data = entry.getDataOffset();
    long size = entry.getCompressedSize();
    if (data < 0 || size < 0) {
      return entry.getLocalHeaderOffset() + 1;
    }
    return data + size;
  }
}
