package de.kontaktcharta.input;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.file.ZipEntryFile;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns the command line's inputs into files to read: plain files as they are, folders recursively
 * (in name order), ZIP archives entry by entry without extracting them.
 */
public final class InputScanner {

  private final ZipLimits limits;
  private final Set<Path> seen = new HashSet<>();

  public InputScanner(ZipLimits limits) {
    this.limits = limits;
  }

  public InputScanner() {
    this(ZipLimits.DEFAULT);
  }

  /** Scans the inputs; problems are collected, never thrown. */
  public InputSet scan(List<Path> inputs) {
    seen.clear();
    List<InputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Closeable> resources = new ArrayList<>();
    for (Path input : inputs) {
      String name = input.toString();
      if (!Files.exists(input)) {
        problems.add(error(name, Message.of("problem.input-missing")));
      } else if (Files.isDirectory(input)) {
        int before = files.size();
        walk(input, files, problems, resources);
        if (files.size() == before) {
          // a mistyped or not yet unpacked export would otherwise give an empty report and exit 0
          problems.add(
              Problem.note(
                  SourceRef.wholeFile(name),
                  Severity.WARNING,
                  Message.of("problem.input-empty-folder")));
        }
      } else if (!Files.isRegularFile(input)) {
        problems.add(error(name, Message.of("problem.input-special")));
      } else {
        addFile(input, name, files, problems, resources);
      }
    }
    return new InputSet(files, problems, resources);
  }

  private void walk(
      Path folder, List<InputFile> files, List<Problem> problems, List<Closeable> resources) {
    List<Path> found = FolderWalk.files(folder, problems);
    for (Path file : found) {
      String base = file.getFileName() == null ? "" : file.getFileName().toString();
      if (base.startsWith(".") || base.startsWith("~$")) {
        problems.add(
            Problem.note(
                SourceRef.wholeFile(file.toString()),
                Severity.INFO,
                Message.of("problem.input-hidden.file")));
        continue;
      }
      addFile(file, file.toString(), files, problems, resources);
    }
  }

  private void addFile(
      Path file,
      String name,
      List<InputFile> files,
      List<Problem> problems,
      List<Closeable> resources) {
    if (!seen.add(realPath(file))) {
      problems.add(
          Problem.note(
              SourceRef.wholeFile(name), Severity.INFO, Message.of("problem.input-repeated")));
      return;
    }
    if (!Files.isReadable(file)) {
      problems.add(error(name, Message.of("problem.input-unreadable", denied())));
      return;
    }
    if (!isZip(file) || isOfficeDocument(file)) {
      files.add(new DiskFile(file, name));
      return;
    }
    addArchive(file, name, files, problems, resources);
  }

  /**
   * The entries of a ZIP archive, read in place; hidden and duplicate entries are not read. The
   * limits (entries, duplicate names) are checked in the same pass that lists the entries.
   */
  private void addArchive(
      Path file,
      String name,
      List<InputFile> files,
      List<Problem> problems,
      List<Closeable> resources) {
    ZipFile zip = openZip(file, name, problems);
    if (zip == null) {
      return;
    }
    resources.add(zip);
    List<ZipEntry> entries = new ArrayList<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      if (!entry.isDirectory()) {
        entries.add(entry);
      }
      if (entries.size() > limits.maxEntries()) {
        problems.add(error(name, Message.of("problem.archive-too-large", limits.maxEntries())));
        return;
      }
    }
    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
    Map<String, Integer> copies = new HashMap<>();
    entries.forEach(e -> copies.merge(e.getName(), 1, Integer::sum));
    List<String> hidden = new ArrayList<>();
    Set<String> duplicates = new HashSet<>();
    for (ZipEntry entry : entries) {
      String entryName = entry.getName();
      int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
      String base = entryName.substring(slash + 1);
      int n = copies.get(entryName);
      if (n > 1) {
        // Programs disagree on which copy of a name counts (the JDK even reads one copy for both),
        // so a crafted archive could show one content to the user and another to the tool.
        if (duplicates.add(entryName)) {
          problems.add(
              error(name + "!" + entryName, Message.of("problem.archive-duplicate-entry", n)));
        }
      } else if (base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
        hidden.add(entryName);
      } else {
        files.add(new ZipEntryFile(zip, entry, name, limits));
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

  private static ZipFile openZip(Path file, String name, List<Problem> problems) {
    for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("IBM437"))) {
      try {
        return new ZipFile(file.toFile(), names);
      } catch (ZipException e) {
        // entry names in another encoding: try the next one, then give up
        if (names != StandardCharsets.UTF_8) {
          problems.add(
              error(name, Message.of("problem.archive-corrupt", String.valueOf(e.getMessage()))));
        }
      } catch (IOException e) {
        problems.add(error(name, Message.of("problem.input-unreadable", describe(e))));
        return null;
      }
    }
    return null;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /** Office Open XML and OpenDocument files are ZIPs too, but documents to read as a whole. */
  private static boolean isOfficeDocument(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Why an input could not be read: the tool's own reasons in words of the user's language, the
   * system's (a disk error, say) as it gives them.
   */
  static Message describe(IOException e) {
    if (e instanceof InputException own) {
      return own.message();
    }
    if (e instanceof NoSuchFileException) {
      return Message.of("cause.not-found");
    }
    if (e instanceof AccessDeniedException) {
      return denied();
    }
    String message = e.getMessage();
    return Message.of(
        "cause.system",
        message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
  }

  private static Message denied() {
    return Message.of("cause.denied");
  }

  private static Problem error(String name, Message message) {
    return Problem.note(SourceRef.wholeFile(name), Severity.ERROR, message);
  }
}
