package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.file.ZipEntryFile;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * The entries of a ZIP archive, read in place. What is wrong with one entry costs that entry only:
 * a name in another encoding than it claims is read in the old one, an encrypted entry or one
 * packed in a way no export uses is reported and skipped, and so are entries that share their bytes
 * with others (a crafted archive whose thousands of names all unpack the same data).
 */
final class ArchiveEntries {

  /** The methods of packing an entry that can be read without further libraries. */
  private static final Set<Integer> METHODS =
      Set.of(
          ZipMethod.STORED.getCode(),
          ZipMethod.DEFLATED.getCode(),
          ZipMethod.ENHANCED_DEFLATED.getCode(),
          ZipMethod.BZIP2.getCode(),
          ZipMethod.UNSHRINKING.getCode(),
          ZipMethod.IMPLODING.getCode());

  private final ZipLimits limits;

  ArchiveEntries(ZipLimits limits) {
    this.limits = limits;
  }

  /** Adds the archive's readable entries to {@code files}; problems are collected, not thrown. */
  void add(
      Path file,
      String name,
      List<InputFile> files,
      List<Problem> problems,
      List<Closeable> resources) {
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(file).get();
    } catch (IOException | RuntimeException e) {
      problems.add(error(name, Message.of("problem.archive-corrupt", describe(e))));
      return;
    }
    resources.add(zip);
    List<Named> entries = new ArrayList<>();
    Enumeration<ZipArchiveEntry> all = zip.getEntries();
    while (all.hasMoreElements()) {
      ZipArchiveEntry entry = all.nextElement();
      if (!entry.isDirectory()) {
        entries.add(new Named(entry, EntryNames.of(entry)));
      }
      if (entries.size() > limits.maxEntries()) {
        problems.add(error(name, Message.of("problem.archive-too-large", limits.maxEntries())));
        return;
      }
    }
    entries.sort((a, b) -> a.name().compareTo(b.name()));
    Set<ZipArchiveEntry> overlapping = Overlaps.of(entries.stream().map(Named::entry).toList());
    if (!overlapping.isEmpty()) {
      problems.add(
          error(name, Message.of("problem.archive-overlapping-entries", overlapping.size())));
    }
    sort(zip, name, entries, overlapping, files, problems);
  }

  /** Reads each entry, or says why not; hidden, repeated and unreadable entries are not read. */
  private void sort(
      ZipFile zip,
      String name,
      List<Named> entries,
      Set<ZipArchiveEntry> overlapping,
      List<InputFile> files,
      List<Problem> problems) {
    Map<String, Integer> copies = new HashMap<>();
    entries.forEach(e -> copies.merge(e.name(), 1, Integer::sum));
    List<String> hidden = new ArrayList<>();
    Set<String> duplicates = new HashSet<>();
    for (Named named : entries) {
      String entryName = named.name();
      ZipArchiveEntry entry = named.entry();
      int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
      String base = entryName.substring(slash + 1);
      int n = copies.get(entryName);
      if (overlapping.contains(entry)) {
        continue;
      }
      if (n > 1) {
        // Programs disagree on which copy of a name counts, so a crafted archive could show one
        // content to the user and another to the tool.
        if (duplicates.add(entryName)) {
          problems.add(
              error(name + "!" + entryName, Message.of("problem.archive-duplicate-entry", n)));
        }
      } else if (base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
        hidden.add(entryName);
      } else if (entry.getGeneralPurposeBit().usesEncryption()) {
        problems.add(
            error(
                name + "!" + entryName, Message.of("problem.archive-entry-unsupported.password")));
      } else if (!METHODS.contains(entry.getMethod())) {
        problems.add(
            error(
                name + "!" + entryName,
                Message.of(
                    "problem.archive-entry-unsupported.method",
                    String.valueOf(entry.getMethod()))));
      } else {
        if (named.fallback()) {
          problems.add(
              Problem.note(
                  SourceRef.wholeFile(name + "!" + entryName),
                  Severity.INFO,
                  Message.of("problem.archive-entry-name")));
        }
        files.add(new ZipEntryFile(zip, entry, entryName, name, limits));
      }
    }
    if (!hidden.isEmpty()) {
      problems.add(
          Problem.note(
              SourceRef.wholeFile(name),
              Severity.INFO,
              Message.of("problem.input-hidden.entries", hidden.size(), hidden.get(0))));
    }
  }

  /** An entry and the name it is read by. */
  private record Named(ZipArchiveEntry entry, EntryNames.Name read) {
    String name() {
      return read.text();
    }

    boolean fallback() {
      return read.fallback();
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static Problem error(String name, Message message) {
    return Problem.note(SourceRef.wholeFile(name), Severity.ERROR, message);
  }
}
