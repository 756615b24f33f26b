package de.kontaktcharta.input;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of one input folder, in name order, and what the walk met on the way: hidden folders,
 * links back into the walk or out of the folder, pipes and devices, folders too deep. Links are
 * followed within the folder; one that leads out of it (as an archive unpacked with {@code unzip}
 * can plant) is named and not read, since the user named the folder and not what lies beyond it.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {

  static final int MAX_DEPTH = 32;

  /** Reading a pipe waits for a writer that may never come; a device may never end. */
  private final Path folder;

  private final Path realFolder;
  private final List<Path> files = new ArrayList<>();
  private final List<Problem> problems;

  private FolderWalk(Path folder, Path realFolder, List<Problem> problems) {
    this.folder = folder;
    this.realFolder = realFolder;
    this.problems = problems;
  }

  /** The folder's files in name order; problems go to the given list. */
  static List<Path> files(Path folder, List<Problem> problems) {
    try {
      FolderWalk walk = new FolderWalk(folder, folder.toRealPath(), problems);
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, walk);
      Collections.sort(walk.files);
      return walk.files;
    } catch (IOException e) {
      problems.add(
          Problem.note(
              SourceRef.wholeFile(InputScanner.shown(folder)),
              Severity.ERROR,
              Message.of("problem.input-unreadable", InputScanner.describe(e))));
      return List.of();
    }
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (dir.equals(folder)) {
      return FileVisitResult.CONTINUE;
    }
    Path name = dir.getFileName();
    if (name != null && name.toString().startsWith(".")) {
      note(dir, Severity.INFO, Message.of("problem.input-hidden.folder"));
      return FileVisitResult.SKIP_SUBTREE;
    }
    return outside(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (attrs.isRegularFile()) {
      if (!outside(file)) {
        files.add(file);
      }
    } else if (attrs.isDirectory()) {
      // the walk hands over folders at its depth limit as files, unopened
      note(file, Severity.WARNING, Message.of("problem.input-too-deep", MAX_DEPTH));
    } else {
      note(file, Severity.WARNING, Message.of("problem.input-special"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      // the link leads back to a folder being read: every file in it is read once
      note(file, Severity.WARNING, Message.of("problem.input-link-loop"));
    } else {
      note(file, Severity.ERROR, Message.of("problem.input-unreadable", InputScanner.describe(e)));
    }
    return FileVisitResult.CONTINUE;
  }

  /** True, and noted, when a link leads the walk out of the folder. */
  private boolean outside(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      return false;
    }
    if (real.startsWith(realFolder)) {
      return false;
    }
    note(path, Severity.WARNING, Message.of("problem.input-outside", real.toString()));
    return true;
  }

  private void note(Path path, Severity severity, Message message) {
    problems.add(Problem.note(SourceRef.wholeFile(InputScanner.shown(path)), severity, message));
  }
}
