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
 * Runs {@code charta} again with a UTF-8 locale when it was started under one that cannot spell the
 * file names it was given, as cron starts it ({@code LANG=C}). Java takes the encoding of file
 * names from the locale once, at start-up, and cannot be told otherwise later (JDK 17 ignores
 * {@code -Dsun.jnu.encoding} on the command line): under {@code LANG=C} every umlaut in a name on
 * the command line arrives as {@code ?}, and such a file could not even be opened.
 *
 * <p>The arguments are taken as the bytes the program was given ({@code /proc/self/cmdline} on
 * Linux) and handed to the second JVM in Base64, which survives any locale. The second JVM runs
 * with {@code LC_ALL=C.UTF-8}, shares the terminal and streams, and its exit code is the program's.
 * Names this JVM can spell (in ASCII, or in a locale of another encoding that holds them) need none
 * of this: the program then runs in the first JVM.
 */
final class LocaleRelaunch {

  /** Set for the second JVM: its arguments are Base64, and it must not start a third. */
  static final String MARK = "CHARTA_ARGS_BASE64";

  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private LocaleRelaunch() {}

  /** True when this JVM spells file names in UTF-8 (the encoding every locale of today uses). */
  static boolean utf8Names() {
    String names = System.getProperty("sun.jnu.encoding", "UTF-8");
    String normal = names.toUpperCase(Locale.ROOT).replace("-", "");
    return normal.equals("UTF8");
  }

  /**
   * The arguments as given: decoded from Base64 in the second JVM, else as the JVM made them.
   *
   * @throws UsageError when a name holds characters this JVM cannot spell as a file name
   */
  static String[] arguments(String[] args) throws UsageError {
    if (System.getenv(MARK) != null) {
      String[] decoded = new String[args.length];
      for (int i = 0; i < args.length; i++) {
        decoded[i] = new String(Base64.getDecoder().decode(args[i]), StandardCharsets.UTF_8);
      }
      args = decoded;
    }
    if (!utf8Names()) {
      CharsetEncoder names = names().newEncoder();
      for (String arg : args) {
        if (arg.indexOf('\uFFFD') >= 0 || !names.canEncode(arg)) {
          throw new UsageError(
              Message.of("error.locale-names", System.getProperty("sun.jnu.encoding")));
        }
      }
    }
    return args;
  }

  private static Charset names() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.US_ASCII;
    }
  }

  /**
   * Runs the program again in a JVM with a UTF-8 locale, when this one has none, was given a name
   * it cannot spell, and can start one.
   *
   * @return the second JVM's exit code, or empty when this JVM is to run the program itself
   */
  static OptionalInt runInUtf8(String[] args) {
    if (utf8Names() || System.getenv(MARK) != null || !Files.isReadable(CMDLINE)) {
      return OptionalInt.empty();
    }
    Optional<List<String>> command = command(args.length);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().put(MARK, "1");
    try {
      Process child = builder.start();
      // a TERM sent to this JVM reaches the second one, which then cleans up after itself
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "charta-relaunch"));
      return OptionalInt.of(child.waitFor());
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(ExitCodes.INTERNAL);
    }
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
   * The command that started this JVM with the program's arguments in Base64; empty when this JVM
   * reads every argument as it was given (ASCII names, or a locale such as ISO-8859-1 that spells
   * them), or when the part before them cannot be passed on unchanged (it is not ASCII).
   */
  private static Optional<List<String>> command(int programArgs) {
    List<byte[]> raw;
    try {
      raw = split(Files.readAllBytes(CMDLINE));
    } catch (IOException e) {
      return Optional.empty();
    }
    int launcher = raw.size() - programArgs;
    if (launcher < 1
        || raw.subList(launcher, raw.size()).stream().allMatch(LocaleRelaunch::spelled)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(ascii(raw.get(0))));
    for (byte[] arg : raw.subList(1, launcher)) {
      command.add(ascii(arg));
    }
    if (command.contains(null)) {
      return Optional.empty();
    }
    for (byte[] arg : raw.subList(launcher, raw.size())) {
      command.add(Base64.getEncoder().encodeToString(arg));
    }
    return Optional.of(command);
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
