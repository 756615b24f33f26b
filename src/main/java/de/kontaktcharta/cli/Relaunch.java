package de.kontaktcharta.cli;

import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code charta} again in a second JVM, when this one was started in a way that does not suit
 * the run: without the JVM options an analysis needs to be quick ({@link JvmChoice}; {@code java
 * -jar} gives none), or under a locale that cannot spell the file names it was given, as cron
 * starts it ({@code LANG=C}). Java takes the encoding of file names from the locale once, at
 * start-up, and cannot be told otherwise later (JDK 17 ignores {@code -Dsun.jnu.encoding} on the
 * command line): under {@code LANG=C} every umlaut in a name on the command line arrives as {@code
 * ?}, and such a file could not even be opened.
 *
 * <p>The arguments are taken as the bytes the program was given ({@code /proc/self/cmdline} on
 * Linux) and handed to the second JVM in Base64, which survives any locale. The second JVM runs
 * with {@code LC_ALL=C.UTF-8}, shares the terminal and streams, and its exit code is the program's.
 * Names this JVM can spell (in ASCII, or in a locale of another encoding that holds them) need none
 * of this: the program then runs in the first JVM. A second JVM started for its options also maps
 * the classes an analysis loads from a {@link StartupArchive}, as the installed launcher's does.
 */
final class Relaunch {

  /**
   * Set for the second JVM, to the first one's process number: its arguments are Base64, it must
   * not start a third, and it ends when the first one is gone.
   */
  static final String MARK = "CHARTA_ARGS_BASE64";

  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Relaunch() {}

  /** True when this JVM spells file names in UTF-8 (the encoding every locale of today uses). */
  static boolean utf8Names() {
    String names = System.getProperty("sun.jnu.encoding", "UTF-8");
    String normal = names.toUpperCase(Locale.ROOT).replace("-", "");
    return normal.equals("UTF8");
  }

  /** The arguments as given: decoded from Base64 in the second JVM, else as the JVM made them. */
  static String[] arguments(String[] args) {
    if (System.getenv(MARK) == null) {
      return args;
    }
    String[] decoded = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      decoded[i] = new String(Base64.getDecoder().decode(args[i]), StandardCharsets.UTF_8);
    }
    return decoded;
  }

  /**
   * Checks that this JVM can spell every argument as a file name.
   *
   * @throws UsageError when a name holds characters this JVM cannot spell as a file name
   */
  static void checkSpelled(String[] args) throws UsageError {
    if (!utf8Names()) {
      CharsetEncoder names = names().newEncoder();
      for (String arg : args) {
        if (arg.indexOf('\uFFFD') >= 0 || !names.canEncode(arg)) {
          throw new UsageError(
              Message.of("error.locale-names", System.getProperty("sun.jnu.encoding")));
        }
      }
    }
  }

  private static Charset names() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.US_ASCII;
    }
  }

  /**
   * Runs the program again in a second JVM with the options {@link JvmChoice} misses in this one,
   * and with a UTF-8 locale when this one has none and was given a name it cannot spell; when the
   * second JVM can be started.
   *
   * @return the second JVM's exit code, or empty when this JVM is to run the program itself
   */
  static OptionalInt elsewhere(String[] args) {
    String mark = System.getenv(MARK);
    if (mark != null) {
      watchFirst(mark);
      return OptionalInt.empty();
    }
    if (!Files.isReadable(CMDLINE)) {
      return OptionalInt.empty();
    }
    List<byte[]> raw;
    try {
      raw = split(Files.readAllBytes(CMDLINE));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    int launcher = raw.size() - args.length;
    if (launcher < 1) {
      return OptionalInt.empty();
    }
    List<String> jvm = new ArrayList<>();
    for (byte[] option : raw.subList(1, launcher)) {
      jvm.add(ascii(option));
    }
    if (jvm.contains(null)) {
      // the part before the program's arguments cannot be passed on unchanged (it is not ASCII)
      return OptionalInt.empty();
    }
    boolean locale = cannotSpell(raw.subList(launcher, raw.size()));
    // options from the environment reach both JVMs by themselves, but count as the user's choice
    List<String> chosen = new ArrayList<>(jvm);
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        chosen.addAll(List.of(value.trim().split("\\s+")));
      }
    }
    List<String> options = JvmChoice.missing(chosen, args);
    if (!locale && options.isEmpty()) {
      return OptionalInt.empty();
    }
    String java = ProcessHandle.current().info().command().orElse(ascii(raw.get(0)));
    if (java == null) {
      return OptionalInt.empty();
    }
    Optional<StartupArchive> archive =
        options.isEmpty() ? Optional.empty() : StartupArchive.forThisJvm(java, chosen);
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    archive.ifPresent(a -> command.addAll(a.options()));
    // the user's options come after the chosen ones, so that they win where they differ
    command.addAll(jvm);
    for (byte[] arg : raw.subList(launcher, raw.size())) {
      command.add(Base64.getEncoder().encodeToString(arg));
    }
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (locale) {
      builder.environment().put("LC_ALL", "C.UTF-8");
    }
    builder.environment().put(MARK, String.valueOf(ProcessHandle.current().pid()));
    try {
      Process child = builder.start();
      // a TERM sent to this JVM reaches the second one, which then cleans up after itself
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stop(child);
                    archive.ifPresent(
                        a -> {
                          a.abandon();
                          a.settle(ExitCodes.INTERNAL);
                        });
                  },
                  "charta-relaunch"));
      int exitCode = child.waitFor();
      archive.ifPresent(a -> a.settle(exitCode));
      return OptionalInt.of(exitCode);
    } catch (IOException e) {
      // no second JVM: the class list it would have written is removed
      archive.ifPresent(a -> a.settle(ExitCodes.INTERNAL));
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(ExitCodes.INTERNAL);
    }
  }

  /**
   * In the second JVM: ends it when the first one has ended, which kill -9 does without a word to
   * it. The first JVM's number comes with the mark, because once it is gone the second one's parent
   * is another process.
   */
  private static void watchFirst(String mark) {
    long first;
    try {
      first = Long.parseLong(mark);
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(first);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      halt();
    }
    handle.ifPresent(h -> h.onExit().thenRun(Relaunch::halt));
  }

  private static void halt() {
    System.exit(ExitCodes.INTERNAL);
  }

  private static void stop(Process child) {
    child.destroy();
    try {
      child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * True when this JVM has no UTF-8 locale and reads one of the program's arguments (as the bytes
   * it was given) as other than the name it is.
   */
  static boolean cannotSpell(List<byte[]> programArgs) {
    return !utf8Names() && !programArgs.stream().allMatch(Relaunch::spelled);
  }

  /** The arguments of a command line, each ended by a NUL byte. */
  static List<byte[]> split(byte[] cmdline) {
    List<byte[]> args = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        byte[] arg = new byte[i - start];
        System.arraycopy(cmdline, start, arg, 0, arg.length);
        args.add(arg);
        start = i + 1;
      }
    }
    return args;
  }

  /** True when this JVM reads the argument's bytes as the name they are. */
  private static boolean spelled(byte[] arg) {
    Charset names = names();
    return Arrays.equals(new String(arg, names).getBytes(names), arg);
  }

  /** The bytes as text when they are ASCII, else null. */
  private static String ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return null;
      }
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
