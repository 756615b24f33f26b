package de.kontaktcharta.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The JVM options an analysis runs best with, as far as the user has not chosen them, so that
 * {@code java -jar} runs as quickly as the installed {@code charta}, whose launcher makes the same
 * choice. When the inputs hold less than {@link #LARGE_INPUT} in all: only the JVM's quick
 * compiler, because the optimising one then spends more time compiling than it saves (an export of
 * 35 MB on two cores: 2.8 instead of 4.1 s, half the CPU time). From that size on: both compilers,
 * with the optimising one inlining less ({@link #LEAN_INLINING}). With the JVM's defaults it was
 * busy for a third of an analysis of 350 MB, most of it while the messages were parsed, on the core
 * the parser needed: inlining only small callees keeps its compilations short, and the run took a
 * tenth to a fifth less time and CPU on all four benchmark exports.
 *
 * <p>The collector stays the JVM's own: the throughput collector was a twentieth quicker on a large
 * export, but keeps a fixed third of the heap for new objects, so that an export whose data fills
 * more than the rest would run out of memory where G1 still manages.
 */
final class JvmChoice {

  /** From this size on, the optimising compiler pays for itself. */
  static final long LARGE_INPUT = 64L << 20;

  static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

  /**
   * The optimising compiler inlines frequently called methods of up to 100 bytecodes (325 by
   * default), others of up to 20 (35), and none whose compiled code exceeds 1,000 bytes (2,500).
   */
  static final List<String> LEAN_INLINING =
      List.of("-XX:FreqInlineSize=100", "-XX:MaxInlineSize=20", "-XX:InlineSmallCode=1000");

  private JvmChoice() {}

  /**
   * The options to add for a run of the program with the given arguments, in a JVM started with the
   * given options; empty when nothing is to be added, or the command is not an analysis.
   */
  static List<String> missing(List<String> jvmOptions, String[] args) {
    List<String> missing = new ArrayList<>();
    if (!isAnalysis(args) || jvmOptions.stream().anyMatch(JvmChoice::observed)) {
      return missing;
    }
    boolean compilerChosen = jvmOptions.stream().anyMatch(JvmChoice::choosesCompiler);
    if (!compilerChosen) {
      if (inputBytes(args, LARGE_INPUT) < LARGE_INPUT) {
        missing.add(QUICK_COMPILER);
      } else {
        missing.addAll(LEAN_INLINING);
      }
    }
    return missing;
  }

  /** True for an option that says which compiler runs, or how it inlines. */
  private static boolean choosesCompiler(String option) {
    return option.startsWith("-XX:TieredStopAtLevel")
        || option.matches("-XX:[+-]TieredCompilation")
        || option.equals("-Xint")
        || option.equals("-Xcomp")
        || option.startsWith("-XX:FreqInlineSize")
        || option.startsWith("-XX:MaxInlineSize")
        || option.startsWith("-XX:InlineSmallCode");
  }

  /**
   * True for an option that watches the JVM it is given to (a profiler, a debugger, an agent): the
   * program then runs in that JVM, or the one watched would be the one that does nothing.
   */
  private static boolean observed(String option) {
    return option.startsWith("-agentlib")
        || option.startsWith("-agentpath")
        || option.startsWith("-javaagent")
        || option.startsWith("-Xrun")
        || option.startsWith("-Xdebug")
        || option.startsWith("-XX:StartFlightRecording")
        || option.startsWith("-XX:+FlightRecorder");
  }

  private static boolean isAnalysis(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg.equals("analyse");
      }
    }
    return false;
  }

  /**
   * The bytes in the files and folders the arguments name ({@code --as=KIND=FILE} included), as far
   * as it takes to know that they are at least {@code enough}.
   */
  static long inputBytes(String[] args, long enough) {
    long total = 0;
    for (int i = 0; i < args.length && total < enough; i++) {
      String arg = args[i];
      try {
        total += bytesIn(Path.of(arg.substring(arg.lastIndexOf('=') + 1)), enough - total);
      } catch (InvalidPathException e) {
        // not a path (an option, a word): nothing to count
      }
    }
    return total;
  }

  /** The bytes in a file or the files below a folder (links followed), up to {@code enough}. */
  private static long bytesIn(Path path, long enough) {
    long[] sum = {0};
    try {
      Files.walkFileTree(
          path,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          64,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              sum[0] += attributes.isRegularFile() ? attributes.size() : 0;
              return sum[0] >= enough ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | SecurityException e) {
      // what cannot be looked at does not count
    }
    return sum[0];
  }
}
