package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code charta} command: says for every contact why the person is in the network. */
@Command(
    name = "charta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      AnalyseCommand.class,
      CheckCommand.class,
      InitCommand.class,
      ExplainCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    description =
        "Reads exported contact lists and invitations (LinkedIn data archive, XING vCards, address books, CRM sheets, calendars), applies the contact charter and writes a spreadsheet that says for every contact why the person is in the network.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Report written.",
      "1:Report written, and --fail-on found what it looks for.",
      "2:Invalid command line or charter file.",
      "3:Report written, but an input could not be read (see stderr).",
      "4:The report or the reasons ledger could not be written.",
      "5:explain: nothing matched the query.",
      "70:Internal error (a bug; run again with --verbose and report it).",
      "75:Another run was writing to the output folder for longer than --wait; nothing was"
          + " written. Try again later."
    })
public final class Main implements Runnable {

  /**
   * The libraries' own log (POI reports a failed write with a stack trace through log4j-to-jul).
   * Held here because java.util.logging forgets a logger's level when nothing refers to it.
   */
  private static final Logger LIBRARIES = Logger.getLogger("org.apache");

  @Spec CommandSpec spec;

  public static void main(String... args) {
    // stderr carries one line per error for cron mail; --verbose also shows what the libraries say
    boolean verbose = List.of(args).contains("--verbose");
    LIBRARIES.setLevel(verbose ? Level.ALL : Level.OFF);
    // loaded before the run: when the heap runs out, there may be no room left to load the texts
    Wording words = Wording.of(language(args));
    int code;
    try {
      code =
          newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
              .execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes errors on; the JVM's own report would be a stack trace and exit code 1,
      // which means "--fail-on matched". Temporary files are gone: they are removed in finally.
      System.err.println(words.format("terminal.outOfMemory"));
      code = ExitCodes.REPORT;
    } catch (StackOverflowError e) {
      System.err.println(words.format("terminal.internal", e.toString()));
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /** The language given with {@code --lang}, for what is said when picocli could not finish. */
  static String language(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--lang=")
              ? args[i].substring("--lang=".length())
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : "";
      if (Wording.LANGUAGES.contains(value)) {
        return value;
      }
    }
    return RunOptions.DEFAULT_LANGUAGE;
  }

  /**
   * The command line with its error handling, writing to the given streams (tests pass their own).
   */
  static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use 'charta analyse INPUT…' (see --help)");
  }
}
