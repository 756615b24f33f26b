package de.kontaktcharta.input;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Turns the command line's inputs into files to read: plain files as they are, folders recursively
 * (in name order), ZIP archives entry by entry without extracting them.
 */
public final class InputScanner {

  private final ArchiveEntries archives;
  private final Set<Path> seen = new HashSet<>();

  public InputScanner(ZipLimits limits) {
    this.archives = new ArchiveEntries(limits);
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
      String name = shown(input);
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
                SourceRef.wholeFile(shown(file)),
                Severity.INFO,
                Message.of("problem.input-hidden.file")));
        continue;
      }
      addFile(file, shown(file), files, problems, resources);
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
    archives.add(file, name, files, problems, resources);
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
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      return zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A path as the report and the terminal name it: relative to the folder the command runs in when
   * it lies within, with {@code ~} for the home folder when it lies there, else as given. Inputs
   * named with their full path would otherwise fill the report with the same long prefix.
   */
  static String shown(Path path) {
    if (!path.isAbsolute()) {
      return path.toString();
    }
    Path full = path.normalize();
    Path here = Path.of("").toAbsolutePath();
    if (full.startsWith(here) && !full.equals(here)) {
      return here.relativize(full).toString();
    }
    String home = System.getProperty("user.home", "");
    if (!home.isEmpty()) {
      Path homeDir = Path.of(home).toAbsolutePath().normalize();
      if (homeDir.getNameCount() > 0 && full.startsWith(homeDir) && !full.equals(homeDir)) {
        return "~" + java.io.File.separator + homeDir.relativize(full);
      }
    }
    return path.toString();
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
